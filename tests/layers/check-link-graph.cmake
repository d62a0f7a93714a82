# The layers as the build links them (docs/architecture.md): configures the
# project afresh with --graphviz and checks what each of our targets reaches,
# directly or through another, in the link graph.
#   cmake -DSOURCE_DIR=<src> -DWORK_DIR=<scratch> -DGENERATOR=<gen> -P check-link-graph.cmake
# A configure that fails, or a graph without the edges every build has, fails
# the check too, so it can never pass by reading nothing.
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}" -G "${GENERATOR}"
            -DHOLDLINE_BUILD_TESTS=OFF "--graphviz=${WORK_DIR}/links.dot"
    RESULT_VARIABLE configured OUTPUT_QUIET ERROR_VARIABLE configure_errors)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring ${SOURCE_DIR} failed:\n${configure_errors}")
endif()

# A variable name for a target's links: holdline-sandbox and holdline_sandbox
# must not meet, as MAKE_C_IDENTIFIER alone would make them.
function(link_key target out)
    string(REPLACE "-" "_minus_" key "${target}")
    string(MAKE_C_IDENTIFIER "${key}" key)
    set(${out} "${key}" PARENT_SCOPE)
endfunction()

# Edges are written as `"nodeA" -> "nodeB" ... // from -> to`.
file(STRINGS "${WORK_DIR}/links.dot" edge_lines REGEX "// .+ -> .+$")
set(targets "")
foreach(line IN LISTS edge_lines)
    string(REGEX REPLACE "^.*// (.+) -> (.+)$" "\\1;\\2" edge "${line}")
    list(GET edge 0 from)
    list(GET edge 1 to)
    link_key("${from}" key)
    list(APPEND links_${key} "${to}")
    list(APPEND targets "${from}")
endforeach()

# Everything `target` links, directly or through what it links.
function(reachable target out)
    set(seen "")
    set(todo "${target}")
    while(todo)
        list(POP_FRONT todo current)
        link_key("${current}" key)
        foreach(next IN LISTS links_${key})
            if(NOT next IN_LIST seen)
                list(APPEND seen "${next}")
                list(APPEND todo "${next}")
            endif()
        endforeach()
    endwhile()
    set(${out} "${seen}" PARENT_SCOPE)
endfunction()

set(failures "")
# expect(<target> REACHES a b ... NEVER a b ...)
function(expect target)
    cmake_parse_arguments(ARG "" "" "REACHES;NEVER" ${ARGN})
    if(NOT target IN_LIST targets)
        set(failures "${failures}\n  ${target} is not in the graph" PARENT_SCOPE)
        return()
    endif()
    reachable(${target} links)
    set(found "${failures}")
    foreach(needed IN LISTS ARG_REACHES)
        if(NOT needed IN_LIST links)
            string(APPEND found "\n  ${target} should link ${needed} and does not")
        endif()
    endforeach()
    foreach(forbidden IN LISTS ARG_NEVER)
        if(forbidden IN_LIST links)
            string(APPEND found "\n  ${target} links ${forbidden}")
        endif()
    endforeach()
    set(failures "${found}" PARENT_SCOPE)
endfunction()

set(front_ends holdline_cli holdline_ui)
set(gui Qt6::Gui Qt6::Widgets Qt6::Charts)

expect(holdline_common REACHES Qt6::Core
       NEVER holdline_sim holdline_core holdline_sandbox ${front_ends} Qt6::Network Qt6::Sql Qt6::HttpServer ${gui})
expect(holdline_sim REACHES Qt6::Core
       NEVER holdline_common holdline_core holdline_sandbox ${front_ends} Qt6::Network Qt6::Sql Qt6::HttpServer ${gui})
expect(holdline_core REACHES holdline_common holdline_sim Qt6::Network Qt6::Sql
       NEVER holdline_sandbox ${front_ends} Qt6::HttpServer ${gui})
expect(holdline_sandbox REACHES holdline_sim Qt6::HttpServer
       NEVER holdline_core holdline_common ${front_ends} Qt6::Sql ${gui})
expect(holdline_cli REACHES holdline_core holdline_sandbox
       NEVER holdline_ui ${gui})
expect(holdline_ui REACHES holdline_core Qt6::Widgets Qt6::Charts
       NEVER holdline_cli)
expect(holdline REACHES holdline_ui NEVER holdline_cli)
expect(holdline-cli REACHES holdline_cli NEVER holdline_ui ${gui})
expect(holdline-sandbox REACHES holdline_sandbox holdline_common NEVER holdline_core ${front_ends} Qt6::Sql ${gui})

if(failures)
    message(FATAL_ERROR "the link graph breaks the layers of docs/architecture.md:${failures}")
endif()
message(STATUS "link graph: the layers hold")
