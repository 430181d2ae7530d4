// sync_file_range is a GNU extension: declared only with _GNU_SOURCE, which must
// come before any system header (and cannot be set from Swift's side of the import).
#define _GNU_SOURCE
#include <fcntl.h>
#include "CHints.h"

int gb_start_writeback(int fd, int64_t offset, int64_t length) {
#if defined(__linux__)
    return sync_file_range(fd, (off_t)offset, (off_t)length, SYNC_FILE_RANGE_WRITE);
#else
    (void)fd; (void)offset; (void)length;
    return 0;
#endif
}
