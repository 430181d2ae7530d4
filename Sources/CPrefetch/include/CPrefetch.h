#ifndef GONGBAO_CPREFETCH_H
#define GONGBAO_CPREFETCH_H

/// Hints that the cache line at `address` will soon be written: Swift has no
/// spelling for the compiler's prefetch builtin. A hint only; never faults.
static inline void gb_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
