@testable import AttribStore
import Testing

@Suite struct ClockTests {
    @Test func formatsUTCWithMilliseconds() {
        #expect(Clock.format(0) == "1970-01-01T00:00:00.000Z")
        #expect(Clock.format(1_740_830_400.123) == "2025-03-01T12:00:00.123Z")
        #expect(Clock.format(1_740_830_399.9996) == "2025-03-01T11:59:59.999Z")
        #expect(Clock.now().count == 24)
    }
}
