import Testing
@testable import GongbaoKit

/// The quick scalar tests in front of the cues answer as the full readings do, with lines
/// from the seed pages.
@Suite("Quick scalar tests in front of the cues")
struct QuickTestCueTests {
    @Test("a mark set holds its marks and no ideograph")
    func markSet() {
        #expect(Punctuation.sentenceEnders.contains("。") && Punctuation.sentenceEnders.contains("?"))
        #expect(!Punctuation.sentenceEnders.contains("，") && !Punctuation.sentenceEnders.contains("工"))
        #expect(ActorCue.placeSuffixes.contains("市") && !ActorCue.placeSuffixes.contains("工"))
    }

    @Test("a credit after a caption's last sentence is still found, and a line cut mid-sentence has none")
    func trailingCreditQuickTest() throws {
        let found = try #require(PhotoCreditCue.trailingCredit("环卫工人正在进行垃圾清理。 □陈向卫 李鹏 摄"))
        #expect(found.body == "环卫工人正在进行垃圾清理。" && found.credit.isPhotoCredit)
        #expect(PhotoCreditCue.trailingCredit("2023年7月,云阳县多地受暴雨影响,洪") == nil)
        #expect(PhotoCreditCue.trailingCredit("工会送来了清凉。") == nil)
    }

    @Test("a credit after the last sentence holds a sign of its marker, alone or with the scalar after it, to be found")
    func trailingCreditMarkerSign() throws {
        #expect(PhotoCreditCue.trailingCredit("工会送来了清凉。 张三 李四") == nil)
        // The sign is the last scalar (read with a space after it), or a pair inside the credit.
        #expect(PhotoCreditCue.trailingCredit("工会送来了清凉。 张三 李四 摄")?.credit.isPhotoCredit == true)
        let staffed = try #require(PhotoCreditCue.trailingCredit("婚礼现场。本报记者 刘友婷 本报通讯员 罗义国"))
        #expect(staffed.body == "婚礼现场。" && staffed.credit.hasStaffMarker)
    }

    @Test("a line of running text is no byline, a jump line, a box label or a date header")
    func runningTextIsRejected() {
        let line = "王树芬代表告诉记者，云南省各级"
        #expect(BylineCue.looksLikeByline(line) == nil)
        #expect(ContinuationMarkerCue.isContinuationMarker(line) == nil)
        #expect(BoxLabelCue.isBoxLabel(line) == nil)
        #expect(!SectionLabelCue.isDateHeader(line))
        #expect(SectionLabelCue.isDateHeader("2023年11月8日 星期三"))
        #expect(ContinuationMarkerCue.isContinuationMarker("（上接第1版）") != nil)
    }

    @Test("a paragraph joined from wrapped lines reads its dateline from the first line and its credit from the end")
    func joinedParagraph() {
        let p = Paragraph(
            wrappedLines: [3, 4], firstLine: "本报讯(记者康功)近日,", joined: "本报讯(记者康功)近日,工会送来了清凉。 □王晓红",
            blanksBefore: 1, columnWidth: 20
        )
        #expect(p.leadingDateline?.text == "本报讯")
        #expect(p.trailingCredit?.isBoxed == true)
    }

    @Test("a body profile read line by line equals the profile of the lines joined")
    func profileOfLines() {
        let lines = ["被评为陕西省学雷锋活动示范点", "渭南市总工会 3 月 11 日", "驿站建起来只是第一步"]
        #expect(BigramProfile(lines: lines).bigrams == BigramProfile(lines.joined(separator: "\n")).bigrams)
        #expect(BigramProfile(lines: lines, limit: 10).bigrams == BigramProfile(lines.joined(separator: "\n"), limit: 10).bigrams)
    }

    @Test("a cue word list (as ActorCue uses it) finds a word wherever it starts, and only whole words")
    func cueWordList() {
        let list = CueWordList(["县总", "市总", "内蒙古"])
        #expect(list.occurs(in: Array("张家口市总引导".unicodeScalars)))
        #expect(list.occurs(in: Array("内蒙古".unicodeScalars)))
        #expect(!list.occurs(in: Array("内蒙推出".unicodeScalars)))
        #expect(!list.occurs(in: Array("市".unicodeScalars)) && !list.occurs(in: []))
    }

    @Test("an organisation's name is told on scalars as on Strings, spaces and odd characters too")
    func subjectOnlyOnScalars() {
        #expect(ActorCue.isSubjectOnly("  铜川市总工会\u{3000}"))
        #expect(!ActorCue.isSubjectOnly("工会"))
        #expect(!ActorCue.isSubjectOnly("一二三四五六七八九十一二三总工会"))
        // A compatibility ideograph (not plain) takes the String path and answers the same.
        #expect(ActorCue.isSubjectOnly("\u{F900}川市总工会"))
        #expect(ActorCue.namesActor("\u{F900}川公司推出新举措") == 1)
        #expect(ActorCue.namesActor("我在内蒙古") == 2 && ActorCue.namesActor("全总召开会议") == 1)
    }
}
