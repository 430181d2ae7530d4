#ifndef GONGBAO_CHINTS_H
#define GONGBAO_CHINTS_H

#include <stdint.h>

// Hints to the processor and the kernel that Swift has no spelling for.
// Hints only: ignoring them changes speed, never results.

/// The cache line at `address` will soon be written (the compiler's prefetch builtin).
/// Never faults, whatever the address.
static inline void gb_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

/// Starts writing `length` bytes of file `fd` at `offset` back to disk without
/// waiting (Linux `sync_file_range` with `SYNC_FILE_RANGE_WRITE`), so that a later
/// `fsync` finds little left to do. Returns 0, or -1 with `errno` set; a no-op
/// returning 0 where the call does not exist.
int gb_start_writeback(int fd, int64_t offset, int64_t length);

#endif
