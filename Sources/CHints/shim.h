#ifndef GONGBAO_CHINTS_SHIM_H
#define GONGBAO_CHINTS_SHIM_H

/* sync_file_range is a GNU extension, declared only with _GNU_SOURCE before any system header. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <stdint.h>
#include <fcntl.h>

/*
 * Hints to the processor and the kernel that Swift has no spelling for.
 * Hints only: ignoring them changes speed, never results. Header-only, so
 * nothing here is compiled by clang on its own (valgrind 3.19 cannot read the
 * DWARF 5 that clang emits for C sources; Swift's own debug info it reads).
 */

/* The cache line at `address` will soon be written (the compiler's prefetch builtin).
   Never faults, whatever the address. */
static inline void gb_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

/* Starts writing `length` bytes of file `fd` at `offset` back to disk without
   waiting (Linux sync_file_range with SYNC_FILE_RANGE_WRITE), so that a later
   fsync finds little left to do. Returns 0, or -1 with errno set; elsewhere a
   no-op returning 0. */
static inline int gb_start_writeback(int fd, int64_t offset, int64_t length) {
#if defined(__linux__)
    return sync_file_range(fd, (off_t)offset, (off_t)length, SYNC_FILE_RANGE_WRITE);
#else
    (void)fd; (void)offset; (void)length;
    return 0;
#endif
}

#endif
