import Testing
@testable import GongbaoKit

/// Cues read from punctuation: sentence ends, quote balance, cut sentences. Every example
/// is a line of a seed page (the seed and line number in the comment).
@Suite("Punctuation cues")
struct PunctuationCueTests {
    @Test("a line ending in 。 or 。” ends a sentence; a line cut after 由 does not")
    func endsWithTerminalPunctuation() {
        // 001:39, 000:27, 000:9.
        #expect(TerminalPunctuation.endsWithTerminalPunctuation("“经过努力,职工对村工会的满意度大大上升。”余军说。"))
        #expect(TerminalPunctuation.endsWithTerminalPunctuation("“经过努力,职工对村工会的满意度大大上升。”"))
        #expect(TerminalPunctuation.endsWithTerminalPunctuation("甘肃省总相关负责人表示,希望通过此次评选进一步强弱项、补短板,推动更多县级工会进入全国模范行列。"))
        #expect(!TerminalPunctuation.endsWithTerminalPunctuation("鲜明对比确实会引发关注,但大家在理性分析过后却心悦诚服。当地许多工会干部由"))
        // 002:77 ends with ……, which ends a sentence.
        #expect(TerminalPunctuation.endsWithTerminalPunctuation("让人们看到产业工人“技能向新”的勃勃生机……"))
    }

    @Test("a clause end (；) may end a paragraph although no sentence ended")
    func mayEndParagraph() {
        // 000:89 starts `行为方式;`; a paragraph ending so is not cut.
        #expect(TerminalPunctuation.mayEndParagraph("持续扭转全省职工安全生产思维模式及行为方式;"))
        #expect(!TerminalPunctuation.mayEndParagraph("据统计,近3年来,山东省跨境电商大赛"))
    }

    @Test("a sentence end inside a line marks running text, not a headline")
    func innerSentenceEnd() {
        // 000:139 and 003:13.
        #expect(TerminalPunctuation.hasInnerSentenceEnd("“我和同事都是技能竞赛的受益者。大"))
        #expect(!TerminalPunctuation.hasInnerSentenceEnd("代表委员呼吁——"))
    }

    @Test("quote balance: balanced headline, unclosed cut line, unopened continuation")
    func quoteBalance() {
        // 001:5, 002:155, 001:55.
        #expect(QuoteBalance("“建、强、优”三部曲赋能“小三级”工会").isBalanced)
        #expect(QuoteBalance("据悉,河南省工匠学院是河南“1+1+").depth == 1)
        #expect(QuoteBalance("贫”,免费为困难职工家庭成员及其子女、下岗转岗、新就业形态劳动者等群体开展培训。").closesUnopened)
    }

    @Test("a paragraph without a sentence end continues mid-sentence")
    func continuesMidSentence() {
        // 001:27 and 001:29.
        #expect(ContinuationCue.continuesMidSentence("2023年7月,云阳县多地受暴雨影响,洪"))
        #expect(!ContinuationCue.continuesMidSentence("涝等灾情较为严重。云阳县总及时向受灾严重的鹿洞乡基层工会划拨救灾专项补助资金,用于抢险救灾人员慰问及灾后重建等工作。"))
    }

    @Test("a paragraph that closes an unopened quote or opens with a scrap of a sentence starts as a continuation")
    func startsAsContinuation() {
        // 001:55, 000:95, 002:21, 004:85.
        #expect(ContinuationCue.startsAsContinuation("贫”,免费为困难职工家庭成员及其子女、下岗转岗、新就业形态劳动者等群体开展培训。"))
        #expect(ContinuationCue.startsAsContinuation("项增效行动。不断加强以“一会两员”群监网员为主体队伍的劳动保护组织监督体系建设"))
        #expect(ContinuationCue.startsAsContinuation("现,缺乏统一、明晰、可操作的工作标准,成为制约基层工会发展的瓶颈。"))
        #expect(ContinuationCue.startsAsContinuation("来。40亩的土豆微型品种项目就这样在铺上村落了地。"))
    }

    @Test("a paragraph opening with a usual short clause does not start as a continuation")
    func ordinaryOpenings() {
        // 000:117, 002:13, 001:97.
        #expect(!ContinuationCue.startsAsContinuation("最近,在启合信息科技(山东)有限公司产品经理王瑞的店铺里,外国顾客的询盘人数不断攀升,而王瑞却总能熟练地应对。"))
        #expect(!ContinuationCue.startsAsContinuation("如今,在灵台县,像赵永海这样感受到工会“精准服务”的职工越来越多。"))
        #expect(!ContinuationCue.startsAsContinuation("建起来、走进去、用起来……眼下,南宁市建设工会以一个建在路边的工会驿站为载体。"))
    }

    @Test("a paragraph opening with a quote, a usual opener or a date starts like a paragraph; a cut word does not")
    func startsLikeParagraph() {
        // holdout h05:23, 000:25, 001:27; holdout h05:25 and 001:33 pick up cut sentences.
        #expect(ContinuationCue.startsLikeParagraph("“驿站建起来只是第一步,关键是要让职工愿意来、经常来。”"))
        #expect(ContinuationCue.startsLikeParagraph("据悉,此次首批表彰的县级工会,不仅在考核细则“必答题”上获得无可争议的高分"))
        #expect(ContinuationCue.startsLikeParagraph("2023年7月,云阳县多地受暴雨影响,洪"))
        #expect(!ContinuationCue.startsLikeParagraph("站186个,形成了覆盖全市的“15分钟职工服务圈”。"))
        #expect(!ContinuationCue.startsLikeParagraph("涝等灾情较为严重。"))
    }
}
