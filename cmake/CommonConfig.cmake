# sp_common_cfg: the one interface target that carries the project's compile flags.
# Every target of the project links it, so warnings and hardening are the same everywhere.
add_library(sp_common_cfg INTERFACE)

target_compile_definitions(sp_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>
    SP_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sp_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>
        $<$<BOOL:${SP_WERROR}>:-Werror>)
    target_link_options(sp_common_cfg INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
elseif(MSVC)
    target_compile_options(sp_common_cfg INTERFACE /W4 /permissive- /guard:cf $<$<BOOL:${SP_WERROR}>:/WX>)
    target_link_options(sp_common_cfg INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA)
endif()

# The ASan+UBSan preset sets SP_SANITIZE=ON.
option(SP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SP_SANITIZE)
    target_compile_options(sp_common_cfg INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sp_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer builds (fuzz/, scripts/fuzz.sh): clang only. Everything in such a build folder is
# instrumented for coverage and checked by ASan+UBSan, so a fuzzer also finds bugs in core.
option(SP_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(SP_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SP_BUILD_FUZZERS needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
    endif()
    target_compile_options(sp_common_cfg INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        -Wno-gnu-zero-variadic-macro-arguments) # Qt's qCInfo(cat) macros, only pedantic under clang
    target_link_options(sp_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
