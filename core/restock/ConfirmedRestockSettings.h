#pragma once

// ConfirmedRestockSettings is ConfirmedRows for the resource "restock-settings" (cache/ConfirmedRows.h).
#include "cache/ConfirmedRows.h"
