#pragma once

// ConfirmedExpenses is ConfirmedRows for the resource "expenses" (cache/ConfirmedRows.h).
#include "cache/ConfirmedRows.h"
