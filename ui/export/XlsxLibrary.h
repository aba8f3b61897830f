#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace sp {

// The libxlsxwriter functions the XLSX writer calls, resolved so that libxlsxwriter reaches its own
// zip library. Why: libxlsxwriter packs with the system minizip, and QuaZip (linked into core for the
// support bundles) exports a modified minizip under the same names (zipOpen, zipClose, ...). On
// Linux a process that links both binds libxlsxwriter's zip calls to QuaZip's and crashes in
// workbook_close(). So on Linux libxlsxwriter is not linked but loaded with dlopen(RTLD_DEEPBIND):
// its own dependencies come first in its symbol lookup. Elsewhere (two-level namespaces on macOS,
// per-DLL imports on Windows) the functions are linked directly.
struct XlsxLibrary
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_set_properties) workbook_set_properties = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::lxw_workbook_free) lxw_workbook_free = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_font_size) format_set_font_size = nullptr;
    decltype(&::format_set_bottom) format_set_bottom = nullptr;
    decltype(&::format_set_align) format_set_align = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;

    // The library, loaded once (thread-safe); null with `error` set (a sentence for the log) when it
    // cannot be loaded or would reach the wrong zip functions.
    static const XlsxLibrary* instance(QString* error);
};

} // namespace sp
