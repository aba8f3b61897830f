# Sourced by scripts/test.sh (SP_TEST_SANITIZE=1): how the sanitizers behave in the tests.
# detect_leaks: LeakSanitizer at exit. abort_on_error/halt_on_error: the first report fails the test.
# detect_stack_use_after_return stays off: Qt's event loop makes it slow and it found nothing here.
# LeakSanitizer suppressions: tests/core/lsan-openssl.supp (third-party only, each with its reason).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_odr_violation=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/tests/core/lsan-openssl.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
