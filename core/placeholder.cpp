// Replaced by the core module.
