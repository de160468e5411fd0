# Records the Debian package versions of the linked libraries at configure
# time (cmake/debdeps.sh) for `custos version --deps`. The apt cache is asked
# once per build directory (it takes up to a minute on a loaded machine):
# delete build/generated/debdeps_build.h, or configure with
# -DCUSTOS_DEBDEPS_REFRESH=ON, to ask again.
set(CUSTOS_DEBDEPS_H ${CMAKE_BINARY_DIR}/generated/debdeps_build.h)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/generated)
if(CUSTOS_DEBDEPS_REFRESH OR NOT EXISTS ${CUSTOS_DEBDEPS_H})
  execute_process(COMMAND sh ${CMAKE_SOURCE_DIR}/cmake/debdeps.sh ${CUSTOS_DEBDEPS_H}
                  RESULT_VARIABLE CUSTOS_DEBDEPS_RC)
  if(NOT CUSTOS_DEBDEPS_RC EQUAL 0 OR NOT EXISTS ${CUSTOS_DEBDEPS_H})
    file(WRITE ${CUSTOS_DEBDEPS_H}
         "#define DEBDEPS_BUILD_DATE \"unknown\"\nstatic const struct debdeps_build_entry debdeps_build[] = {{\"\", \"\", \"\", \"\", \"\"}};\n")
  endif()
endif()
