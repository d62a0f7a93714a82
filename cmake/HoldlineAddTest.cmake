# holdline_add_test(<name> [TIMEOUT s] [LIBS lib...] [SOURCES extra...])
# tst_<name>.cpp in the current directory becomes the ctest "<name>", run
# offscreen with asserts forced on, so every test behaves the same everywhere.
function(holdline_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;SOURCES" ${ARGN})
    set(target tst_${name})
    qt_add_executable(${target} tst_${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE holdline_compile_policy Qt6::Test ${ARG_LIBS})
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests) # sandboxstart.h
    add_test(NAME ${name} COMMAND ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;QT_LOGGING_RULES=holdline.*.debug=false")
endfunction()

# holdline_add_benchmark(<name> [LIBS lib...]): bench_<name>.cpp, built with the
# tests but run by hand (or by tests/bench/run-all), never by ctest.
function(holdline_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "LIBS;SOURCES" ${ARGN})
    qt_add_executable(bench_${name} bench_${name}.cpp ${ARG_SOURCES})
    target_link_libraries(bench_${name} PRIVATE holdline_compile_policy ${ARG_LIBS})
endfunction()
