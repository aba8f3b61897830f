#include "XlsxReportWriter.h"

#include "ExportControl.h"
#include "ExportLog.h"
#include "FileErrorText.h"
#include "ReportCellText.h"
#include "ReportHeaderText.h"
#include "XlsxLibrary.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sp {

namespace {

constexpr int kMaxCellChars = 32767; // Excel's limit for one cell
constexpr int kWidthSampleRows = 500;

// The formats of one workbook (owned by it: freed with it).
struct Formats
{
    const XlsxLibrary& x;
    lxw_workbook* workbook = nullptr;
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* headerNumber = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    QHash<QString, lxw_format*> money; // by currency

    Formats(const XlsxLibrary& library, lxw_workbook* wb)
        : x(library)
        , workbook(wb)
    {
        title = x.workbook_add_format(wb);
        x.format_set_bold(title);
        x.format_set_font_size(title, 14);
        header = x.workbook_add_format(wb);
        x.format_set_bold(header);
        x.format_set_bottom(header, LXW_BORDER_THIN);
        headerNumber = x.workbook_add_format(wb);
        x.format_set_bold(headerNumber);
        x.format_set_bottom(headerNumber, LXW_BORDER_THIN);
        x.format_set_align(headerNumber, LXW_ALIGN_RIGHT);
        integer = x.workbook_add_format(wb);
        x.format_set_num_format(integer, "#,##0");
        percent = x.workbook_add_format(wb);
        x.format_set_num_format(percent, "0.00%");
        date = x.workbook_add_format(wb);
        x.format_set_num_format(date, "yyyy-mm-dd");
        dateTime = x.workbook_add_format(wb);
        x.format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    }

    // "#,##0.00 "EUR"": the amount stays a number, shown with its ISO code.
    lxw_format* moneyFormat(const QString& currency)
    {
        auto it = money.constFind(currency);
        if (it != money.constEnd())
            return it.value();
        static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
        const QByteArray pattern =
            isoCode.match(currency).hasMatch()
                ? QByteArrayLiteral("#,##0.00 \"") + currency.toLatin1() + QByteArrayLiteral("\"")
                : QByteArrayLiteral("#,##0.00");
        lxw_format* format = x.workbook_add_format(workbook);
        x.format_set_num_format(format, pattern.constData());
        money.insert(currency, format);
        return format;
    }
};

QByteArray sheetName(const QString& title)
{
    // Excel: at most 31 characters, none of []:*?/\ and not empty.
    QString name = title;
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    name.replace(forbidden, QStringLiteral(" "));
    name = name.trimmed().left(31).trimmed();
    if (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name.remove(QLatin1Char('\''));
    return name.isEmpty() ? QByteArrayLiteral("Report") : name.toUtf8();
}

QByteArray cellText(QString text)
{
    // A line break inside an Excel cell is LF (Alt+Enter); a CR would be stored as "_x000D_".
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    if (text.size() > kMaxCellChars)
        text.truncate(kMaxCellChars);
    return text.toUtf8();
}

double columnWidth(const ReportTable& table, int column)
{
    const ReportColumn& col = table.columns.at(column);
    qsizetype chars = col.title.size() + 3; // room for the filter button
    const int sample = int(std::min<qsizetype>(table.rows.size(), kWidthSampleRows));
    for (int r = 0; r < sample; ++r) {
        const QVariantList& row = table.rows.at(r);
        if (column >= row.size())
            continue;
        qsizetype length = ReportCellText::machine(col.kind, row.at(column)).size();
        if (col.kind == ReportColumn::Kind::Money)
            length += length / 3 + 5; // thousands separators and " EUR"
        else if (col.kind == ReportColumn::Kind::Integer)
            length += length / 3;
        chars = std::max(chars, length);
    }
    return double(std::clamp<qsizetype>(chars + 1, 8, 60));
}

// Copies the finished workbook from the private folder into `out`, reading it through a descriptor
// opened without following links.
ExportResult copyInto(const QString& workbookPath, QFileDevice& out, const QString& shownPath)
{
#ifdef Q_OS_WIN
    QFile workbook(workbookPath); // the folder is the user's own: nobody else can place a link in it
    if (!workbook.open(QIODevice::ReadOnly))
        return ExportResult::failed(FileErrorText::forWrite(shownPath, workbook));
#else
    const int fd = ::open(QFile::encodeName(workbookPath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int systemError = errno;
        return ExportResult::failed(FileErrorText::forWrite(shownPath, systemError, qt_error_string(systemError)));
    }
    QFile workbook;
    if (!workbook.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return ExportResult::failed(FileErrorText::forWrite(shownPath, workbook));
    }
#endif
    QByteArray chunk;
    while (!(chunk = workbook.read(1024 * 1024)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return ExportResult::failed(FileErrorText::forWrite(shownPath, out));
    }
    if (workbook.error() != QFileDevice::NoError)
        return ExportResult::failed(FileErrorText::forWrite(shownPath, workbook));
    if (!out.flush())
        return ExportResult::failed(FileErrorText::forWrite(shownPath, out));
    return ExportResult::ok(shownPath);
}

} // namespace

ExportResult XlsxReportWriter::writeTo(const ReportTable& table, QFileDevice& out, const QString& path,
                                       ExportControl* control)
{
    const qint64 total = table.rows.size();
    if (total + kHeaderRow + 1 > kMaxSheetRows) {
        return ExportResult::failed(tr("The report has %1 rows, more than a spreadsheet can hold (%2). "
                                       "Choose a shorter period or export it as CSV.")
                                        .arg(total)
                                        .arg(kMaxSheetRows - kHeaderRow - 1));
    }

    QString loadError;
    const XlsxLibrary* library = XlsxLibrary::instance(&loadError);
    if (!library)
        return ExportResult::failed(tr("Excel export is not available on this computer (the libxlsxwriter "
                                       "library could not be loaded). Export as CSV instead."));
    const XlsxLibrary& x = *library;

    // libxlsxwriter opens its files by name: it writes into a folder of this process's own (0700,
    // a fresh name), where nobody else can place a link, and the result is copied into `out`.
    QTemporaryDir privateFolder(QDir(QDir::tempPath()).filePath(QStringLiteral("sellerpulse-xlsx-XXXXXX")));
    if (!privateFolder.isValid())
        return ExportResult::failed(FileErrorText::forCreate(QDir::tempPath(), EACCES, privateFolder.errorString()));
    const QString workbookPath = privateFolder.filePath(QStringLiteral("report.xlsx"));
    const QByteArray fileName = QFile::encodeName(workbookPath);
    const QByteArray scratchFolder = QFile::encodeName(privateFolder.path());
    lxw_workbook_options options{};
    // Rows go straight to a temporary file instead of memory: a large report needs no more memory
    // than a small one. Rows must then be written in order, which they are.
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(scratchFolder.constData());
    lxw_workbook* workbook = x.workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return ExportResult::failed(tr("The spreadsheet could not be created (not enough memory)."));
    bool closed = false;
    const auto freeWorkbook = qScopeGuard([&] {
        if (!closed)
            x.lxw_workbook_free(workbook);
    });

    const QByteArray title = table.title.toUtf8();
    const QByteArray subject =
        (ReportHeaderText::period(table) + QLatin1String("; ") + ReportHeaderText::marketplaces(table)).toUtf8();
    const QByteArray comments = ReportHeaderText::dataAsOf(table).toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.comments = const_cast<char*>(comments.constData());
    properties.author = const_cast<char*>("SellerPulse");
    x.workbook_set_properties(workbook, &properties);

    lxw_worksheet* sheet = x.workbook_add_worksheet(workbook, sheetName(table.title).constData());
    if (!sheet)
        sheet = x.workbook_add_worksheet(workbook, "Report");
    if (!sheet)
        return ExportResult::failed(tr("The spreadsheet could not be created (not enough memory)."));
    Formats formats(x, workbook);

    const QList<ReportColumn>& columns = table.columns;
    const int currencyColumn = ReportCellText::currencyColumn(table);
    for (int c = 0; c < columns.size(); ++c)
        x.worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(table, c), nullptr);

    x.worksheet_write_string(sheet, 0, 0, cellText(table.title).constData(), formats.title);
    x.worksheet_write_string(
        sheet, 1, 0,
        cellText(ReportHeaderText::period(table) + QStringLiteral(" · ") + ReportHeaderText::marketplaces(table))
            .constData(),
        nullptr);
    x.worksheet_write_string(sheet, 2, 0, cellText(ReportHeaderText::dataAsOf(table)).constData(), nullptr);
    for (int c = 0; c < columns.size(); ++c) {
        x.worksheet_write_string(sheet, kHeaderRow, lxw_col_t(c), cellText(columns.at(c).title).constData(),
                                 ReportCellText::isNumeric(columns.at(c).kind) ? formats.headerNumber : formats.header);
    }
    x.worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
    if (!columns.isEmpty())
        x.worksheet_autofilter(sheet, kHeaderRow, 0, lxw_row_t(kHeaderRow + std::max<qint64>(total, 1)),
                               lxw_col_t(columns.size() - 1));

    qint64 done = 0;
    for (const QVariantList& row : table.rows) {
        const auto sheetRow = lxw_row_t(kHeaderRow + 1 + done);
        const QString currency =
            currencyColumn >= 0 && currencyColumn < row.size() ? row.at(currencyColumn).toString() : QString();
        for (int c = 0; c < columns.size() && c < row.size(); ++c) {
            const QVariant& value = row.at(c);
            if (value.isNull() || !value.isValid())
                continue;
            const auto col = lxw_col_t(c);
            switch (columns.at(c).kind) {
            case ReportColumn::Kind::Text:
                x.worksheet_write_string(sheet, sheetRow, col, cellText(value.toString()).constData(), nullptr);
                break;
            case ReportColumn::Kind::Integer:
                x.worksheet_write_number(sheet, sheetRow, col, double(value.toLongLong()), formats.integer);
                break;
            case ReportColumn::Kind::Money:
                x.worksheet_write_number(sheet, sheetRow, col, double(value.toLongLong()) / 100.0,
                                         formats.moneyFormat(currency));
                break;
            case ReportColumn::Kind::Percent:
                x.worksheet_write_number(sheet, sheetRow, col, value.toDouble() / 100.0, formats.percent);
                break;
            case ReportColumn::Kind::Date:
                if (value.userType() == QMetaType::QDateTime) {
                    const QDateTime at = value.toDateTime().toUTC();
                    lxw_datetime when{at.date().year(), at.date().month(),  at.date().day(),
                                      at.time().hour(), at.time().minute(), double(at.time().second())};
                    x.worksheet_write_datetime(sheet, sheetRow, col, &when, formats.dateTime);
                } else {
                    const QDate day = value.toDate();
                    if (!day.isValid())
                        break;
                    lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0.0};
                    x.worksheet_write_datetime(sheet, sheetRow, col, &when, formats.date);
                }
                break;
            }
        }
        ++done;
        if (control && !control->rowDone(done, total)) {
            qCInfo(lcExport) << "XLSX export cancelled after" << done << "of" << total << "rows";
            return ExportResult::cancelled();
        }
    }

    closed = true; // workbook_close frees the workbook whatever it returns
    errno = 0;
    const lxw_error error = x.workbook_close(workbook);
    const int systemError = errno;
    if (error != LXW_NO_ERROR) {
        qCWarning(lcExport) << "libxlsxwriter failed:" << x.lxw_strerror(error) << "errno" << systemError;
        return ExportResult::failed(
            FileErrorText::forWrite(path, systemError, QString::fromUtf8(x.lxw_strerror(error))));
    }
    return copyInto(workbookPath, out, path);
}

} // namespace sp
