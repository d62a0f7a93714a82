# One INTERFACE target carries the compile policy; every target of ours links it.
# -Werror and sanitizers come from presets (CMakePresets.json), not from here.
add_library(holdline_compile_policy INTERFACE)
target_compile_features(holdline_compile_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(holdline_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT   # enforced by Qt >= 6.7; documents intent on 6.4
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH)
target_compile_options(holdline_compile_policy INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local)
