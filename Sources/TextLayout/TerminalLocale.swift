import CNcursesw

/// The locale setup every front end needs before measuring text: `wcwidth`
/// only knows CJK widths under a UTF-8 `LC_CTYPE`.
public enum TerminalLocale {
    /// Adopts the user's locale; when it is not UTF-8, falls back to `C.UTF-8`.
    /// Returns `false` when no UTF-8 locale could be set (widths would be wrong).
    @discardableResult
    public static func ensureUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if gb_locale_is_utf8() != 0 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if gb_locale_is_utf8() != 0 { return true }
        }
        return false
    }
}
