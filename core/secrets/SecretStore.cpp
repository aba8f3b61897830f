#include "secrets/SecretStore.h"

namespace sp {

SecretStore::~SecretStore() = default;

} // namespace sp
