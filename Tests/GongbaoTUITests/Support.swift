import Testing
@testable import GongbaoTUI
