import AttribCore
import Testing

@Suite("Segmenter")
struct SegmenterTests {
    static let abbreviationCases: [SegmentationCase] = [
        SegmentationCase("The plant was built in the U.S. ⏐Investigators said it failed.", "initialism ends sentence before plural subject"),
        SegmentationCase("U.S. officials said the talks would resume.", "initialism as modifier"),
        SegmentationCase("The rally was in Washington, D.C. ⏐Organizers said 2,000 came.", "D.C. ends sentence"),
        SegmentationCase("It was introduced by Rep. John Ellis Jr. ⏐He retired in May.", "Jr. ends sentence"),
        SegmentationCase("Dr. Silva and Gov. Ana Diaz met Sen. Tom Hale on Sept. 14 in Fresno, Calif., to talk.", "titles, month, state mid-sentence"),
        SegmentationCase("She moved to Fresno, Calif. ⏐The city was quiet.", "state abbreviation ends sentence"),
        SegmentationCase("J. K. Rowling and George R.R. Martin signed books.", "initials"),
        SegmentationCase("The meeting starts at 10 a.m. Tuesday and ends at 4 p.m. ⏐Lunch is served.", "a.m. before weekday, p.m. ending"),
        SegmentationCase("Acme Mining Corp. said profits fell.", "Corp. before lowercase"),
        SegmentationCase("The case, Smith vs. Jones, is No. 3 on the list.", "vs. and No."),
    ]

    @Test(arguments: abbreviationCases)
    func abbreviations(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }
}
