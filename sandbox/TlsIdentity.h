#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace sp {

// The sandbox's self-signed EC P-256 leaf certificate (CA:FALSE, digitalSignature, serverAuth) for
// 127.0.0.1, ::1 and localhost, in DATA/tls. Loaded when present and valid, (re)generated when
// missing, expired, unreadable or a CA (as older sandboxes made it).
class TlsIdentity
{
public:
    bool loadOrCreate(const QString& dataDir, QString* error);

    const QSslCertificate& certificate() const { return m_certificate; }
    const QSslKey& privateKey() const { return m_key; }
    const QString& certificatePath() const { return m_certificatePath; }

private:
    bool load(const QString& certificatePath, const QString& keyPath);
    bool generate(const QString& certificatePath, const QString& keyPath, QString* error);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_certificatePath;
};

} // namespace sp
