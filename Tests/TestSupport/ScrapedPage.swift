/// A scraped news page of our own writing, in Markdown and HTML: headline, byline, dateline,
/// photo caption with credit, "Read more:" and contributor lines around a two-attribution story.
/// Shared by the engine's page-noise tests and the CLI's offset test.
public enum ScrapedPage {
    public static let markdown = #"""
# Senate passes stopgap bill as shutdown deadline looms

*By [Jane Doe](https://example.com/jane) and John Roe*

**WASHINGTON (AP)** — The Senate passed a stopgap spending bill late Friday, two senior aides said, averting a shutdown that would have furloughed 800,000 federal workers.

![Hale speaks to reporters](hale.jpg)
*Senate Majority Leader Tom Hale speaks to reporters at the Capitol on Friday, after 12 hours of talks. (AP Photo/Mark Lee)*

"We did our job," Hale told reporters after the vote.

**Read more:** [Five things to know about the 3% pay raise](https://example.com/raise)

___

*Associated Press writer Maria Okafor contributed to this report.*
"""#

    public static let html = #"""
<html><head><title>Senate passes stopgap bill</title></head><body>
<h1>Senate passes stopgap bill as shutdown deadline looms</h1>
<p class="byline">By Jane Doe and John Roe</p>
<p>WASHINGTON (AP) &mdash; The Senate passed a stopgap spending bill late Friday, two senior aides said, averting a shutdown that would have furloughed 800,000 federal workers.</p>
<figure><img src="hale.jpg" alt="Hale"><figcaption>Senate Majority Leader Tom Hale speaks to reporters at the Capitol on Friday, after 12 hours of talks. (AP Photo/Mark Lee)</figcaption></figure>
<p>&ldquo;We did our job,&rdquo; Hale told reporters after the vote.</p>
<p><strong>Read more:</strong> <a href="/raise">Five things to know about the 3% pay raise</a></p>
<hr>
<p><em>Associated Press writer Maria Okafor contributed to this report.</em></p>
<p>Copyright 2026 The Associated Press. All rights reserved.</p>
</body></html>
"""#
}
