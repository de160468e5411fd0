# Records the Debian package versions of the linked libraries at configure
# time (cmake/debdeps.sh) for `custos version --deps`.
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/generated)
execute_process(COMMAND sh ${CMAKE_SOURCE_DIR}/cmake/debdeps.sh
                        ${CMAKE_BINARY_DIR}/generated/debdeps_build.h
                RESULT_VARIABLE CUSTOS_DEBDEPS_RC)
if(NOT CUSTOS_DEBDEPS_RC EQUAL 0 OR NOT EXISTS ${CMAKE_BINARY_DIR}/generated/debdeps_build.h)
  file(WRITE ${CMAKE_BINARY_DIR}/generated/debdeps_build.h
       "#define DEBDEPS_BUILD_DATE \"unknown\"\nstatic const struct debdeps_build_entry debdeps_build[] = {{\"\", \"\", \"\", \"\", \"\"}};\n")
endif()
