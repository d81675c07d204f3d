import AttribCore
import Testing

/// Sentence boundaries that only what follows (or precedes) a period can decide, one test per
/// phenomenon: addresses and handles, time abbreviations, initials that are also listed words,
/// datelines, parenthesised states and states written as initials, firms before numbers, inline
/// enumerations, the pronoun "I", ellipses, citations after quotations, names with final
/// punctuation and the numero sign.
/// Each kind has look-alikes that must keep their old boundaries. `⏐` marks a boundary; every
/// case is re-run after multi-byte prefixes (see ``SegmentationCheck``). All sentences are invented.
@Suite("Sentence boundaries decided by context")
struct SentenceBoundaryContextTests {
    // MARK: E-mail addresses and handles

    static let addressCases: [SegmentationCase] = [
        SegmentationCase("Tips go to press.desk@example.org before noon.", "lower-case address mid-sentence"),
        SegmentationCase("Her address is Dana.Reyes@example.org. ⏐I wrote to her on Monday.", "capitalised local part"),
        SegmentationCase("Send the files to Night.Editor@example.com and wait for a reply.", "two capitalised parts"),
        SegmentationCase("Follow @City.Hall.Desk for road closures.", "handle with capitalised parts"),
        SegmentationCase("The account @Harbor.Watch posted the photo first. ⏐It was deleted an hour later.", "handle, then a sentence"),
        SegmentationCase("The memo sits at example.org/Memo.Draft and nowhere else.", "URL path with a capitalised part"),
        SegmentationCase("Reach the desk at Copy.Chief@example.net, or call after six.", "address before a comma"),
        // Look-alikes: a period typed without its space still ends a sentence.
        SegmentationCase("The council met late.⏐The vote was 5-2.", "missing space after a sentence"),
        SegmentationCase("She emailed the mayor.⏐Nobody replied by Friday.", "missing space, no address nearby"),
        SegmentationCase("Write to desk@example.org. ⏐Editors read every message.", "address at the end of a sentence"),
    ]

    @Test(arguments: addressCases)
    func addressesAndHandles(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Time abbreviations

    static let timeCases: [SegmentationCase] = [
        SegmentationCase("By 7 a.m. Gov. Ruiz was at the dam.", "the time opens the sentence"),
        SegmentationCase("At 5:30 a.m. Dr. Okafor began the surgery.", "At with minutes"),
        SegmentationCase("Shortly after 11 p.m. Mayor Lind declared an emergency.", "two openers before the number"),
        SegmentationCase("Until 9 P.M. Police kept the bridge closed to traffic.", "capitals P.M. in an opening phrase"),
        SegmentationCase("The polls close at 9 p.m. Eastern on Friday.", "a time zone follows"),
        SegmentationCase("The debate starts at 8 p.m. Pacific and runs two hours.", "Pacific after p.m."),
        SegmentationCase("Doors open at 6 a.m. EST for early voters.", "an abbreviated zone"),
        SegmentationCase("Around 6 a.m. Sunday, crews reopened the road.", "a weekday follows"),
        // Look-alikes: a time that closes a sentence.
        SegmentationCase("The dam held until 4 P.M. ⏐Gov. Ruiz then left.", "the time closes the sentence"),
        SegmentationCase("It was 7 a.m. ⏐Gov. Ruiz was still asleep.", "It was: not an opening time phrase"),
        SegmentationCase("By then it was 9 p.m. ⏐Officers had left.", "By then it was: a verb before the number"),
        SegmentationCase("The shift ended at 6 a.m. ⏐Dr. Okafor went home.", "time before a title"),
        SegmentationCase("The store is in Fresno, Calif. ⏐Pacific storms closed it twice.", "a time zone word after a state"),
    ]

    @Test(arguments: timeCases)
    func timeAbbreviations(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Initials that are also listed words

    static let initialCases: [SegmentationCase] = [
        SegmentationCase("Kenneth P. Lowe, a lawyer, said the deal was fair.", "P. as a middle initial, not the page"),
        SegmentationCase("The letter was signed by Marta P. Quiroga, the firm's counsel.", "P. after a first name"),
        SegmentationCase("Gov. Dana V. Hollis signed the order on Monday.", "V. as a middle initial, not versus"),
        SegmentationCase("Gov. C.L. “Butch” Harlow signed the order.", "joined initials before a quoted nickname"),
        SegmentationCase("The chart is on p. 55 of the report.", "p. the page before a number"),
        SegmentationCase("The quote is on P. 12 of the transcript.", "P. the page before a number"),
        SegmentationCase("The S.&P. 500 fell 2 percent on Friday.", "an initialism before a number"),
        SegmentationCase("The envoy met Gen. Wes Hale and Sec. Ana Ruiz in Lima.", "Sec. as a title"),
        SegmentationCase("The rule is in Sec. 5 of the act.", "Sec. before a number"),
        // Look-alikes.
        SegmentationCase("Her grade on the test was a P. ⏐Her father framed it.", "a letter after a lower-case word"),
        SegmentationCase("Doctors told him to take vitamin D. ⏐He did not.", "vitamin D before a starter"),
        SegmentationCase("The dispute went to the E.U. ⏐Why it did is unclear.", "initialism before Why"),
    ]

    @Test(arguments: initialCases)
    func initialsThatAreListedWords(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Parenthesised states and party labels

    static let parenthesisCases: [SegmentationCase] = [
        SegmentationCase("Sen. Paul Ruiz Jr. (D-Pa.), a member of the panel, voted no.", "Jr. before a party label"),
        SegmentationCase("Pima County (Ariz.) Sheriff Dan Cole said the road was closed.", "a state alone in parentheses"),
        SegmentationCase("The praise for former Fla. Gov. Ed Marsh surprised aides.", "a state as a modifier before a title"),
        SegmentationCase("Mail it to 12 Elm Road, Tempe, Ariz. 85281 by Friday.", "a state before a ZIP code"),
        // Look-alikes.
        SegmentationCase("The bill was drafted by Sen. Paul Ruiz (I-Vt.) ⏐Hale won the vote anyway.", "a party label closing a sentence"),
        SegmentationCase("The case began in Pima County (Ariz.) ⏐The trial moved later.", "a state alone in parentheses before The"),
        SegmentationCase("He moved to Fla. ⏐Then he retired.", "a state without a comma before Then"),
        SegmentationCase("The bridge reopened in Riverton, Fla. ⏐Residents cheered.", "a place before a new subject"),
        SegmentationCase("The mayor resigned. ⏐(She took office in May.) ⏐Her deputy will serve.", "a parenthesised sentence"),
    ]

    @Test(arguments: parenthesisCases)
    func parenthesisedStatesAndPartyLabels(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: States written as initials

    static let stateInitialCases: [SegmentationCase] = [
        SegmentationCase("The plant sits in Camden, N.J. ⏐Rivera said it would close.", "a state initialism ending a place before a name"),
        SegmentationCase("The rally was in Utica, N.Y. ⏐Ortiz spoke first.", "N.Y. before a name"),
        SegmentationCase("Crews met in Washington, D.C. ⏐The mayor spoke.", "D.C. before The"),
        SegmentationCase("The mill closed in Greer, S.C. ⏐“We saw it coming,” a worker said.", "S.C. before a quotation"),
        SegmentationCase("She wrote for the (Ocean County, N.J.) Courier until 2019.", "a place in parentheses inside a paper's name"),
        SegmentationCase("He edits the (Lake County, Fla.) Sentinel.", "a state after a place in parentheses"),
        // Look-alikes: a modifier, a ZIP code, a party label, a weekday, a sentence after the parenthesis.
        SegmentationCase("The march began in Cape Harbor (Ocean County, N.J.) ⏐The crowd grew.", "The after a place in parentheses"),
        SegmentationCase("The N.J. Turnpike was closed for an hour.", "a state initialism as a modifier"),
        SegmentationCase("Mail it to Box 9, Albany, N.Y. 12207 by Friday.", "a state initialism before a ZIP code"),
        SegmentationCase("Rep. Ann Cole (R-N.C.) voted no.", "a party label in parentheses"),
        SegmentationCase("Rep. Ann Cole, R-N.C., voted no.", "a party label between commas"),
        SegmentationCase("Voters in Camden, N.J. Tuesday waited for hours.", "a weekday after the place"),
    ]

    @Test(arguments: stateInitialCases)
    func stateInitialsAfterAPlace(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Datelines and dashes after abbreviations

    static let datelineCases: [SegmentationCase] = [
        SegmentationCase("RIVERTON, Fla. — The mayor said the bridge would reopen.", "em dash dateline"),
        SegmentationCase("ELK GROVE, Calif. -- Crews cleared the highway on Sunday.", "double hyphen dateline"),
        SegmentationCase("MESA, Ariz. - Voters lined up before dawn. ⏐Lines moved slowly.", "spaced hyphen dateline"),
        SegmentationCase("GRANITE FALLS, N.C. – The mill closed after 90 years.", "en dash after an initialism"),
        SegmentationCase("Sen. Ana Ruiz (R-Fla.) — who chairs the panel — objected.", "a dash after a party label"),
        SegmentationCase("The list covered taxes, roads, schools, etc. — the usual topics.", "etc. before a dash"),
        SegmentationCase("The debate airs at 9 p.m. - right after the news.", "p.m. before a spaced hyphen"),
        SegmentationCase("Sen. Ana Ruiz (Fla.) ― and two aides ― left early.", "a horizontal bar"),
        // Look-alikes: an ordinary word before a dash, a hyphenated word after an abbreviation.
        SegmentationCase("The bridge held. ⏐— Reporting by Ana Diaz", "a credit line after a sentence"),
        SegmentationCase("Sales fell in the U.K. ⏐Then-mayor Ruiz objected.", "a hyphen inside the next word"),
    ]

    @Test(arguments: datelineCases)
    func datelinesAndDashes(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Companies before numbers

    static let companyCases: [SegmentationCase] = [
        SegmentationCase("Acme Corp. 18 months ago was near bankruptcy.", "Corp. before a number"),
        SegmentationCase("A stake in Lumen Inc. 12 years later was worth double.", "Inc. before a number"),
        SegmentationCase("Northwind Ltd. 5% notes were downgraded on Monday.", "Ltd. before a percentage"),
        SegmentationCase("Harbor Shipping Co. Ltd. 2024 results were late.", "Co. Ltd. before a year"),
        // Look-alikes.
        SegmentationCase("He spent a decade at Lumen Corp. ⏐Lumen later cut 300 jobs.", "Corp. before a name"),
        SegmentationCase("Ask Ruth and co. ⏐They will know.", "co. before a pronoun"),
        SegmentationCase("The suit names Orbital Freight Inc. ⏐The company denies it.", "Inc. before The"),
    ]

    @Test(arguments: companyCases)
    func companiesBeforeNumbers(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Inline enumerations

    static let enumerationCases: [SegmentationCase] = [
        SegmentationCase("1.) Drain the tank ⏐2.) Seal the valve", "1.) markers, no periods"),
        SegmentationCase("1.) Drain the tank. ⏐2.) Seal the valve.", "1.) markers, items end with periods"),
        SegmentationCase("1) Drain the tank ⏐2) Seal the valve ⏐3) Restart the pump", "1) markers"),
        SegmentationCase("1) Drain the tank. ⏐2) Seal the valve.", "1) markers with periods"),
        SegmentationCase("1. Drain the tank ⏐2. Seal the valve", "1. markers, no periods"),
        SegmentationCase("1. Drain the tank. ⏐2. Seal the valve.", "1. markers with periods"),
        SegmentationCase("a. Drain the tank ⏐b. Seal the valve ⏐c. Restart the pump", "letter markers"),
        SegmentationCase("A) Drain the tank ⏐B) Seal the valve", "capital letter markers with parentheses"),
        SegmentationCase("• 4. Drain the tank ⏐• 5. Seal the valve", "bullets before numbers"),
        SegmentationCase("⁃4. Drain the tank ⏐⁃5. Seal the valve", "hyphen bullets before numbers"),
        SegmentationCase("• Drain the tank ⏐• Seal the valve", "bullets alone"),
        SegmentationCase("1) Drain the tank. ⏐Wait an hour. ⏐2) Seal the valve.", "an item with two sentences"),
        SegmentationCase("Steps:\n⏐1.) Drain the tank\n⏐2.) Seal the valve", "one item per line"),
        SegmentationCase("1) By 7 a.m. Gov. Ruiz was at the dam. ⏐2) A.J. Ramos came next.", "items whose first words decide"),
        // A list that opens after a colon or a dash inside the line: what precedes it is a sentence.
        SegmentationCase("Two steps remain: ⏐1. Drain the tank ⏐2. Seal the valve.", "1. markers after a colon"),
        SegmentationCase("Two steps remain: ⏐1.) Drain the tank ⏐2.) Seal the valve.", "1.) markers after a colon"),
        SegmentationCase("He listed two wins—⏐1. Lower fares ⏐2. Better buses. ⏐Nobody clapped.", "1. markers after a dash"),
        SegmentationCase("Pick one -- ⏐a. Drain the tank ⏐b. Seal the valve", "letter markers after a double hyphen"),
        // Look-alikes: markers out of sequence, inside a sentence, or initials.
        SegmentationCase("The plan had two parts: 1. drain the tank and 2. seal the valve.", "lower-case items after a colon"),
        SegmentationCase("The vote was 2:1. ⏐Nobody objected.", "a ratio, not a marker after a colon"),
        SegmentationCase("The score stood at 2 - 1. ⏐Then rain fell.", "a score, not a marker after a dash"),
        SegmentationCase("The crew had to 1) drain the tank and 2) seal the valve.", "markers inside a sentence"),
        SegmentationCase("1) Drain the tank 3) Seal the valve", "numbers out of sequence"),
        SegmentationCase("A. Lopez wrote to B. Franklin Hale about the fund.", "initials, not letter markers"),
        SegmentationCase("1. Turnout rose to 40 percent. ⏐2020 was different.", "a year after a numbered item"),
    ]

    @Test(arguments: enumerationCases)
    func inlineEnumerations(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: The pronoun I

    static let pronounCases: [SegmentationCase] = [
        SegmentationCase("The award went to my sister and I. ⏐Then we drove home.", "I before a starter"),
        SegmentationCase("We make a fine pair, you and I. ⏐Did you see the game?", "I before a question"),
        SegmentationCase("Neither did I. ⏐Nobody else did either.", "I after an auxiliary"),
        SegmentationCase("Seats are marked A through I. ⏐Seat I faces the stage.", "I as the last of a range of letters"),
        SegmentationCase("Harold I. Keene testified on Monday.", "I as a middle initial"),
        SegmentationCase("The hall was designed by I. M. Varga in 1961.", "I before another initial"),
        // Look-alikes. After an ellipsis "I" opens a sentence as any capitalised word does: in
        // quoted speech the speaker has usually trailed off ("…the count was close. ... I think we won").
        SegmentationCase("I wanted to say... ⏐I forgot what.", "I after an ellipsis"),
        SegmentationCase("It was a long year . . . ⏐I'm not sure we learned much.", "I'm after a spaced ellipsis"),
        SegmentationCase("Costs rose ... ⏐Then they fell.", "a capitalised word after an ellipsis"),
        SegmentationCase("Wait for it.... ⏐I knew the answer.", "four dots before I"),
    ]

    @Test(arguments: pronounCases)
    func pronounI(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Ellipses

    static let ellipsisCases: [SegmentationCase] = [
        SegmentationCase("He paused . . . and then answered.", "spaced ellipsis inside a sentence"),
        SegmentationCase("The list went on . . . ⏐Then the lights went out.", "spaced ellipsis closing a sentence"),
        SegmentationCase("I never agreed to that.... ⏐The call ended.", "four dots"),
        SegmentationCase("The memo ended with a warning. . . . ⏐Nobody read it.", "a period and a spaced ellipsis"),
        SegmentationCase("It was over...then it began again.", "no space after the dots"),
        SegmentationCase("She wrote: “. . . and the fields were quiet.” ⏐Then she stopped.", "a quotation that begins with dots"),
        SegmentationCase("“. . . And so we part,” the letter ended.", "dots open the quotation before a capital"),
        SegmentationCase("He read aloud. ⏐\". . . The river rose again,\" the diary said.", "dots open a quotation after a sentence"),
        SegmentationCase("The plan, he wrote, “will fail. . . .” ⏐Aides disagreed.", "a quotation closed by four dots"),
        SegmentationCase("The repairs took a month. … ⏐Nobody complained about the noise.", "an ellipsis after a period stays with it"),
        SegmentationCase("“We did fine. … ⏐Then the money ran out,” she said.", "an ellipsis between quoted sentences"),
        SegmentationCase("Nobody knew what that meant. …⏐\n\n⏐The hearing resumed.", "an ellipsis closing a paragraph"),
    ]

    @Test(arguments: ellipsisCases)
    func ellipses(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Title-case headlines

    static let titleCaseCases: [SegmentationCase] = [
        SegmentationCase("Storm Damage Spreads From The U.S. To Canada.", "an initialism in a title-case headline"),
        SegmentationCase("Lawmakers In Tempe, Ariz. Approve A New Water Plan.", "a state in a title-case headline"),
        SegmentationCase("Mill Owner With Ties To Acme Corp. Sells The Plant.", "a firm in a title-case headline"),
        // Look-alikes: prose, where function words are lower-case, and a capitalised name alone.
        SegmentationCase("The storm moved on from the U.S. ⏐To the north, Canada braced.", "prose before To"),
        SegmentationCase("It was introduced by Rep. John Ellis Jr. ⏐He retired in May.", "lower-case words before a name"),
        SegmentationCase("Award Winner Dana Ruiz Jr. ⏐He thanked his coach.", "capitalised words with no function word"),
    ]

    @Test(arguments: titleCaseCases)
    func titleCaseHeadlines(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }

    // MARK: Citations, names with final punctuation, the numero sign

    static let citationCases: [SegmentationCase] = [
        SegmentationCase("\"The span [...] was never load-tested\" (Okafor 12).", "a citation after a quotation"),
        SegmentationCase("“The bridge will hold [...]” (Okafor 12). ⏐Engineers disagreed.", "an omission mark before the citation"),
        SegmentationCase("“Who pays for it?” (Okafor 12). ⏐Nobody answered.", "a question before a citation"),
        SegmentationCase("He called it “finished.” (Okafor 12). ⏐Others disagreed.", "a period inside the quote before a citation"),
        SegmentationCase("“Officials [...] Knew the risk,” the audit said.", "an omission mark before a capital"),
        SegmentationCase("She joined Jeopardy! in 2019.", "a name with an exclamation mark"),
        SegmentationCase("He wrote for Zingo! until it closed.", "another exclamatory name"),
        SegmentationCase("The mark is N°. 4 on the map.", "N° before a number"),
        SegmentationCase("Lot Nº. 12 sold first.", "Nº before a number"),
        SegmentationCase("The file is No. 14 in the archive.", "No. before a number"),
        // Look-alikes.
        SegmentationCase("He said “no.” ⏐(The vote was Tuesday.)", "a parenthesised sentence after a quotation"),
        SegmentationCase("Nobody saw it coming! ⏐Then the roof fell.", "an exclamation ending a sentence"),
        SegmentationCase("The answer was No. ⏐Everyone left.", "No. before a word"),
    ]

    @Test(arguments: citationCases)
    func citationsNamesAndNumero(_ c: SegmentationCase) throws { try SegmentationCheck.check(c) }
}
