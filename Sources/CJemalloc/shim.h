#ifndef GONGBAO_JEMALLOC_SHIM_H
#define GONGBAO_JEMALLOC_SHIM_H

#include <stddef.h>
#include <jemalloc/jemalloc.h>

/// The version of the jemalloc that serves malloc in this process, or "" if
/// mallctl cannot say.
static inline const char *gb_jemalloc_version(void) {
    const char *version = "";
    size_t size = sizeof(version);
    if (mallctl("version", &version, &size, NULL, 0) != 0) return "";
    return version;
}

#endif
