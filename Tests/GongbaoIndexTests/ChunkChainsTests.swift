import Testing
@testable import GongbaoIndex

@Suite("Chunk chains (growing posting lists)")
struct ChunkChainsTests {
    /// The bytes `ByteWriter.varint` writes for `values`.
    static func varints(_ values: [UInt64]) -> [UInt8] {
        var w = ByteWriter()
        for v in values { w.varint(v) }
        return w.bytes
    }

    @Test("interleaved lists keep their own bytes, in order, across many chunks and split varints")
    func interleaved() {
        let chains = ChunkChains()
        // Values of one to four varint bytes, so that some straddle a chunk's end.
        let a: [UInt64] = (0..<200).map { UInt64($0 * 997 % 300_000) }
        let b: [UInt64] = (0..<150).map { UInt64($0) }
        let heads = [chains.newChain(), chains.newChain()]
        var tails = heads
        var sizes = [0, 0]
        for k in 0..<200 {
            tails[0] = chains.appendVarint(a[k], chain: tails[0], at: sizes[0])
            sizes[0] += varintSize(a[k])
            if k < b.count {
                tails[1] = chains.appendVarint(b[k], chain: tails[1], at: sizes[1])
                sizes[1] += varintSize(b[k])
            }
        }
        for (list, values) in [(0, a), (1, b)] {
            var bytes: [UInt8] = []
            chains.forEachRun(of: heads[list], count: sizes[list]) { bytes += $0 }
            #expect(bytes == Self.varints(values))
        }
    }

    @Test("a list of exactly one chunk's bytes needs no second chunk")
    func exactChunk() {
        let chains = ChunkChains()
        let head = chains.newChain()
        var tail = head
        for k in 0..<ChunkChains.payload { tail = chains.appendVarint(1, chain: tail, at: k) }
        #expect(tail == head)
        tail = chains.appendVarint(1, chain: tail, at: ChunkChains.payload)
        #expect(tail != head)
    }
}
