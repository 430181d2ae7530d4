#ifndef GONGBAO_CNCURSESW_SHIM_H
#define GONGBAO_CNCURSESW_SHIM_H

/* Wide-character curses and wcwidth need these before any system header. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <ncursesw/termcap.h>

/* The one width function of the project: the one ncurses itself uses. */
static inline int gb_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/* Whether the active LC_CTYPE locale encodes text as UTF-8. */
static inline int gb_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != 0 && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't')
        && (cs[2] == 'F' || cs[2] == 'f');
}

/* Macros and globals, wrapped so that Swift can call them. */
static inline WINDOW *gb_stdscr(void) { return stdscr; }
static inline int gb_lines(void) { return LINES; }
static inline int gb_cols(void) { return COLS; }
static inline int gb_colors(void) { return COLORS; }
static inline attr_t gb_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline void gb_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t gb_a_bold(void) { return A_BOLD; }
static inline attr_t gb_a_reverse(void) { return A_REVERSE; }
static inline attr_t gb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gb_a_dim(void) { return A_DIM; }
static inline attr_t gb_a_normal(void) { return A_NORMAL; }
static inline int gb_key_resize(void) { return KEY_RESIZE; }
static inline int gb_key_mouse(void) { return KEY_MOUSE; }
static inline int gb_ok(void) { return OK; }
static inline int gb_err(void) { return ERR; }
static inline int gb_key_code_yes(void) { return KEY_CODE_YES; }

/* Mouse masks are function-like macros, invisible to Swift. */
static inline mmask_t gb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t gb_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t gb_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t gb_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t gb_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

#endif
