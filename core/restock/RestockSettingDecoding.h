#pragma once

#include "restock/RestockSetting.h"

#include <QJsonObject>

namespace sp {

// The strict checks of a RestockSetting object (docs/api/openapi.yaml) as the listing and the
// writes' answers bring it: every field present with its type and range, nothing unknown. A page
// with one bad row is refused whole (PageDecoder), so a hostile page writes nothing.
namespace RestockSettingDecoding {

inline constexpr int kMaxSkuLength = 100;

// One object; false with a short English reason in `error` (for the log and the sync's message).
bool decode(const QJsonObject& object, RestockSetting* out, QString* error);

} // namespace RestockSettingDecoding
} // namespace sp
