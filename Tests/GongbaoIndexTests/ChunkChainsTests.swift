import Testing
@testable import GongbaoIndex

@Suite("Chunk chains (growing posting lists)")
struct ChunkChainsTests {
    /// The bytes `ByteWriter.varint` writes for `values`.
    static func varints(_ values: [UInt32]) -> [UInt8] {
        var w = ByteWriter()
        for v in values { w.varint(UInt64(v)) }
        return w.bytes
    }

    @Test("interleaved lists keep their own bytes, in order, across many chunks and split varints")
    func interleaved() {
        let chains = ChunkChains()
        // Values of one to four varint bytes, so that some straddle a chunk's end.
        let a: [UInt32] = (0..<200).map { UInt32($0 * 997 % 300_000) }
        let b: [UInt32] = (0..<150).map { UInt32($0) }
        let heads = [chains.newChain(), chains.newChain()]
        var tails = heads
        var sizes: [UInt32] = [0, 0]
        for k in 0..<200 {
            tails[0] = chains.appendVarint(a[k], chain: tails[0], at: sizes[0])
            sizes[0] += UInt32(varintSize(UInt64(a[k])))
            if k < b.count {
                tails[1] = chains.appendVarint(b[k], chain: tails[1], at: sizes[1])
                sizes[1] += UInt32(varintSize(UInt64(b[k])))
            }
        }
        for (list, values) in [(0, a), (1, b)] {
            var bytes: [UInt8] = []
            chains.forEachRun(of: heads[list], count: Int(sizes[list])) { bytes += $0 }
            #expect(bytes == Self.varints(values))
        }
    }

    @Test("a list of exactly one chunk's bytes needs no second chunk")
    func exactChunk() {
        let chains = ChunkChains()
        let head = chains.newChain()
        var tail = head
        for k in 0..<ChunkChains.payload { tail = chains.appendVarint(1, chain: tail, at: UInt32(k)) }
        #expect(tail == head)
        tail = chains.appendVarint(1, chain: tail, at: UInt32(ChunkChains.payload))
        #expect(tail != head)
    }
}
