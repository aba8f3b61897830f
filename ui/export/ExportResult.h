#pragma once

#include <QMetaType>
#include <QString>

namespace sp {

// How an export ended. Errors are values: `message` is translated and says what the user can do.
struct ExportResult
{
    enum class Status { Ok, Cancelled, Failed };
    Status status = Status::Ok;
    QString message; // empty when Ok
    QString path;    // the written file when Ok

    bool isOk() const { return status == Status::Ok; }
    static ExportResult ok(const QString& writtenPath = {}) { return {Status::Ok, {}, writtenPath}; }
    static ExportResult cancelled() { return {Status::Cancelled, {}, {}}; }
    static ExportResult failed(const QString& message) { return {Status::Failed, message, {}}; }
};

} // namespace sp

Q_DECLARE_METATYPE(sp::ExportResult)
