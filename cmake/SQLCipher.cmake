# SQLCipher::SQLCipher: the static SQLCipher the core links, built from Debian's source package of
# the version in scripts/sqlcipher.pin by scripts/build-sqlcipher.sh (options and reasons there and
# in docs/cache-and-sync.md). It is built at configure time into a prefix outside the build folder,
# keyed by version, options and C compiler, so every preset (ci, asan, fuzz, package, bench, ...)
# reuses one build: optimised and not instrumented, whatever the preset's flags.
# Sets SP_SQLCIPHER_PREFIX, SP_SQLCIPHER_VERSION (upstream, e.g. 4.6.1) and SP_SQLCIPHER_SHELL (the
# matching `sqlcipher` shell, for tests) as cache entries visible to every directory.
if(TARGET SQLCipher::SQLCipher)
    return()
endif()

find_package(OpenSSL 3 REQUIRED)
find_package(Threads REQUIRED)

set(sp_sqlcipher_script ${PROJECT_SOURCE_DIR}/scripts/build-sqlcipher.sh)
set(SP_DEPS_DIR "$ENV{SP_DEPS_DIR}" CACHE PATH "Folder of the shared third-party builds (default <source>/build/.deps)")
if(NOT SP_DEPS_DIR)
    set(SP_DEPS_DIR ${PROJECT_SOURCE_DIR}/build/.deps CACHE PATH "" FORCE)
endif()

message(STATUS "SQLCipher: scripts/build-sqlcipher.sh (builds once per options into ${SP_DEPS_DIR})")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env SP_DEPS_DIR=${SP_DEPS_DIR} bash ${sp_sqlcipher_script} build
    RESULT_VARIABLE sp_sqlcipher_rc
    OUTPUT_VARIABLE sp_sqlcipher_out
    OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX REPLACE ".*\n" "" sp_sqlcipher_prefix "${sp_sqlcipher_out}") # the last line
if(NOT sp_sqlcipher_rc EQUAL 0 OR NOT EXISTS ${sp_sqlcipher_prefix}/.complete)
    message(FATAL_ERROR "SQLCipher could not be built (scripts/build-sqlcipher.sh, exit ${sp_sqlcipher_rc}). "
                        "Is its source there? scripts/install-deps.sh fetches it.")
endif()
file(STRINGS ${sp_sqlcipher_prefix}/VERSION sp_sqlcipher_debian_version LIMIT_COUNT 1)
string(REGEX REPLACE "-[^-]*$" "" sp_sqlcipher_version "${sp_sqlcipher_debian_version}")

set(SP_SQLCIPHER_PREFIX ${sp_sqlcipher_prefix} CACHE INTERNAL "")
set(SP_SQLCIPHER_VERSION ${sp_sqlcipher_version} CACHE INTERNAL "")
set(SP_SQLCIPHER_SHELL ${sp_sqlcipher_prefix}/bin/sqlcipher CACHE INTERNAL "")
message(STATUS "SQLCipher: ${sp_sqlcipher_debian_version} static, ${sp_sqlcipher_prefix}")

add_library(SQLCipher::SQLCipher STATIC IMPORTED GLOBAL)
set_target_properties(SQLCipher::SQLCipher PROPERTIES
    IMPORTED_LOCATION ${sp_sqlcipher_prefix}/lib/libsqlcipher.a
    # Before /usr/include: libsqlite3-dev's <sqlite3.h> must never be the one compiled against.
    INTERFACE_INCLUDE_DIRECTORIES ${sp_sqlcipher_prefix}/include
    INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;Threads::Threads;${CMAKE_DL_LIBS};m")

# Reconfigure (and so rebuild the library) when the pin, the recipe or the built prefix changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${sp_sqlcipher_script} ${PROJECT_SOURCE_DIR}/scripts/sqlcipher.pin ${sp_sqlcipher_prefix}/.complete)
