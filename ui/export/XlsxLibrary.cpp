#include "XlsxLibrary.h"

#include "ExportLog.h"

#if defined(SP_XLSXWRITER_DLOPEN)
#include <dlfcn.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SP_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SP_ADDRESS_SANITIZER 1
#endif

namespace sp {

namespace {

struct Loaded
{
    XlsxLibrary library;
    bool ok = false;
    QString error;
};

#if defined(SP_XLSXWRITER_DLOPEN)

template <typename Function>
bool resolve(void* handle, const char* name, Function* target, QString* error)
{
    *target = reinterpret_cast<Function>(dlsym(handle, name));
    if (!*target)
        *error = QStringLiteral("libxlsxwriter has no %1").arg(QLatin1String(name));
    return *target != nullptr;
}

Loaded load()
{
    Loaded loaded;
    int flags = RTLD_NOW | RTLD_LOCAL;
#if !defined(SP_ADDRESS_SANITIZER)
    // AddressSanitizer refuses RTLD_DEEPBIND; its builds rely on the check below instead.
    flags |= RTLD_DEEPBIND;
#endif
    void* handle = dlopen(SP_XLSXWRITER_SONAME, flags);
    if (!handle) {
        loaded.error = QStringLiteral("cannot load %1: %2")
                           .arg(QLatin1String(SP_XLSXWRITER_SONAME), QString::fromLocal8Bit(dlerror()));
        return loaded;
    }
    XlsxLibrary& l = loaded.library;
    QString& e = loaded.error;
    const bool all = resolve(handle, "workbook_new_opt", &l.workbook_new_opt, &e)
                     && resolve(handle, "workbook_set_properties", &l.workbook_set_properties, &e)
                     && resolve(handle, "workbook_add_worksheet", &l.workbook_add_worksheet, &e)
                     && resolve(handle, "workbook_add_format", &l.workbook_add_format, &e)
                     && resolve(handle, "workbook_close", &l.workbook_close, &e)
                     && resolve(handle, "lxw_workbook_free", &l.lxw_workbook_free, &e)
                     && resolve(handle, "lxw_strerror", &l.lxw_strerror, &e)
                     && resolve(handle, "format_set_bold", &l.format_set_bold, &e)
                     && resolve(handle, "format_set_font_size", &l.format_set_font_size, &e)
                     && resolve(handle, "format_set_bottom", &l.format_set_bottom, &e)
                     && resolve(handle, "format_set_align", &l.format_set_align, &e)
                     && resolve(handle, "format_set_num_format", &l.format_set_num_format, &e)
                     && resolve(handle, "worksheet_set_column", &l.worksheet_set_column, &e)
                     && resolve(handle, "worksheet_write_string", &l.worksheet_write_string, &e)
                     && resolve(handle, "worksheet_write_number", &l.worksheet_write_number, &e)
                     && resolve(handle, "worksheet_write_datetime", &l.worksheet_write_datetime, &e)
                     && resolve(handle, "worksheet_freeze_panes", &l.worksheet_freeze_panes, &e)
                     && resolve(handle, "worksheet_autofilter", &l.worksheet_autofilter, &e);
    if (!all)
        return loaded;
#if defined(SP_ADDRESS_SANITIZER)
    // Without RTLD_DEEPBIND libxlsxwriter's zipOpen is the first one in the process: refuse to run
    // when that is not minizip's own (QuaZip's is loaded), rather than crash.
    void* minizip = dlopen("libminizip.so.1", RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD);
    if (!minizip || dlsym(RTLD_DEFAULT, "zipOpen") != dlsym(minizip, "zipOpen")) {
        loaded.error = QStringLiteral("another zip library (QuaZip) shadows minizip in this sanitizer build");
        return loaded;
    }
#endif
    loaded.ok = true;
    return loaded;
}

#else

Loaded load()
{
    Loaded loaded;
    XlsxLibrary& l = loaded.library;
    l.workbook_new_opt = &::workbook_new_opt;
    l.workbook_set_properties = &::workbook_set_properties;
    l.workbook_add_worksheet = &::workbook_add_worksheet;
    l.workbook_add_format = &::workbook_add_format;
    l.workbook_close = &::workbook_close;
    l.lxw_workbook_free = &::lxw_workbook_free;
    l.lxw_strerror = &::lxw_strerror;
    l.format_set_bold = &::format_set_bold;
    l.format_set_font_size = &::format_set_font_size;
    l.format_set_bottom = &::format_set_bottom;
    l.format_set_align = &::format_set_align;
    l.format_set_num_format = &::format_set_num_format;
    l.worksheet_set_column = &::worksheet_set_column;
    l.worksheet_write_string = &::worksheet_write_string;
    l.worksheet_write_number = &::worksheet_write_number;
    l.worksheet_write_datetime = &::worksheet_write_datetime;
    l.worksheet_freeze_panes = &::worksheet_freeze_panes;
    l.worksheet_autofilter = &::worksheet_autofilter;
    loaded.ok = true;
    return loaded;
}

#endif

} // namespace

const XlsxLibrary* XlsxLibrary::instance(QString* error)
{
    static const Loaded loaded = [] {
        Loaded result = load();
        if (!result.ok)
            qCWarning(lcExport) << "XLSX export unavailable:" << result.error;
        return result;
    }();
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.library;
}

} // namespace sp
