//! Which story, on pages that carry several: plainview over the infinite-scroll dev set
//! (`tests/support/stories.rs`) must not fall below pinned floors, and the dev set itself
//! must hold what it claims. Needs `../shared/corpus` (skipped without it, failed without
//! it when `CI=true`) and a release build (`cargo test --release --test stories_gate`): a
//! debug build skips both tests, as building the set alone takes a minute there.

#[path = "support/corpus.rs"]
#[allow(dead_code)]
mod corpus;
#[path = "support/score.rs"]
#[allow(dead_code)]
mod score;
#[path = "support/stories.rs"]
#[allow(dead_code)]
mod stories;

use std::collections::HashSet;
use std::sync::OnceLock;

use stories::{Case, DevSet, Origin, Tally, Variant};

/// Per group of cases: the lowest acceptable mean page F1 and the highest acceptable
/// share of pages showing another story's text. Pinned at the figures measured when they
/// were set, less a small margin; raise them when story segmentation improves. The
/// single-article controls (a long article with sections, a live blog, an interview, a
/// photo essay) must stay whole; the sixth probe's controls (a Wikipedia-like article
/// with its references list, a gallery) are a group of their own, whose F1 is held down
/// by text kept beside the story (citations, slide counters), not by a split; so is the
/// seventh probe's (a recipe with step cards, an FAQ of `<details>` items), held down by
/// step labels and a recipe card, and the eighth probe's (a newsletter issue in email
/// tables, a long read in chapters), the ninth probe's (a podcast transcript whose
/// segments link to the page under `?t=` queries, a match report), and the tenth probe's
/// (a review in shop-linked cards, a timeline of dated `<article>`s, API docs of anchored
/// sections, a conference program whose talks link to their own pages), held down by card
/// labels and a program split on 1 page of 10 (a talk's heading repeats the page title);
/// the eleventh probe's (an explainer whose sections carry "Updated" times of their own, a
/// buying guide whose picks link to the site's full reviews), held down by pick labels,
/// specs and pros and cons (unseen, split on 5 pages of 20); the twelfth probe's (a live
/// blog whose entries carry times, authors and share links, a week in photos, a tutorial
/// of anchored steps, a roundup whose items link to other sites' articles, release notes
/// of dated versions), split on 2 pages of 50 unseen (the roundup: one item returned)
/// and held down by step, release and caption labels and lost intros; the thirteenth
/// probe's (reader letters signed and dated, an obituary roundup of nested `<article>`s
/// linking to their own pages, an article with embedded tweets and social cards, an
/// article followed by a "Related coverage" block), split on 1 page of 40 unseen (an
/// obituary headed by the page's title) and held down by obituary labels and social
/// cards cleaning drops; the fourteenth probe's (a debate of signed arguments, a "best of
/// the year" list whose items carry a contributor, a photo credit and outbound links, a
/// council meeting recap of agenda items with votes and documents), split on no page of
/// 30 unseen and held down by the items' own lines kept (contributors, votes, link rows);
/// the fifteenth probe's (the print "view all" page of a series whose parts carry their
/// own byline, date and address, an annotated speech of signed `<aside>` annotations, a
/// help-centre FAQ of anchored questions with votes and share links), split on no page of
/// 30 unseen and held down by the annotations dropped, the parts' and answers' own lines
/// kept and a short part dropped; the sixteenth probe's (an oral history of
/// speaker-headed quotes, a long review with per-section star ratings and dated update
/// notes, a newsletter issue of sections with "Read more" links out), split on no page of
/// 30 unseen and held down by the speakers' names and roles kept, the update notes
/// dropped and the verdict box kept; the seventeenth probe's (a multi-page article
/// printed whole with a "Page N of 3" header and byline on every page, a Q&A interview
/// of `h3` questions each with an anchor link to itself), split on 9 pages of 20 unseen
/// (the printed article: its last page returned alone); the eighteenth probe's (a long
/// article whose every section carries a self-anchor and share links to its own
/// `#fragment`, a "week in review" whose items quote and link the site's own stories
/// with their bylines, a photo essay whose photos carry credits and "Share this photo"
/// links to the page under `?photo=N`), split on no page of 30 unseen and held down by
/// the photo counters kept and linked section headings dropped; the nineteenth probe's (a
/// forum thread loaded page after page with the thread's title over every page, a single
/// article cut by a "read more" fold and followed by a Taboola-like widget), split on no
/// page of 20 unseen and held down by the posts' `#N` links and repeated titles kept and
/// the text behind a `hidden` fold dropped; the twentieth probe's (a journal article with
/// an abstract, numbered sections and references, a single article's print view whose
/// headline is a `<p>` and whose address is the article's under `print/` or `?print=1`),
/// split on no page of 20 unseen; the twenty-first probe's (a court opinion in parts with
/// numbered paragraph anchors and footnotes, a travel guide in stops with photos, map
/// embeds and "Book now" boxes), split on no page of 20 unseen and held down by the
/// opinion's paragraph numbers and part headings kept; the twenty-second probe's (an
/// advice column of letters in `blockquote`s with `h2`s, signatures and share links to
/// each letter's anchor, a book excerpt with an "Adapted from" box, a buy box and the
/// author's bio), split on no page of 20 unseen; the twenty-third probe's (a link
/// aggregator's discussion page of nested comment tables, a Q&A site's question page of
/// answers with votes, user cards and share links), split on no page of 20 unseen, the
/// Q&A page held down by one page cut to a run of answers and one keeping vote counts;
/// the twenty-fifth probe's (a long-form feature of chapter `<section>`s each with its
/// own `h2`, self-anchor, share bar and "Next chapter" preview, a single article in web
/// components whose sections carry shadow-root share buttons, followed by a "Next
/// article" preview), split on no page of 20 unseen, held down by the chapter labels and
/// anchor marks kept on a short feature.
/// Measured when pinned, F1 / share: synthetic first 0.997 / 0%, scrolled 0.997 / 0%;
/// probe first 0.988 / 0%, scrolled 0.986 / 0%; probe3 first 0.986 / 1.2%,
/// scrolled 0.975 / 2.5%; probe4 first 0.976 / 0%, scrolled 0.994 / 0%; probe5
/// first 0.993 / 0%, scrolled 0.990 / 0%; probe6 first 0.995 / 0%, scrolled
/// 0.993 / 0%, controls 0.804 / 0%; probe7 first 0.956 / 7.8%, scrolled
/// 0.996 / 0%, controls 0.958 / 0% (unseen: 0.727 / 32.2%, 0.847 / 13.3%); probe8
/// first 0.985 / 1.2%, scrolled 0.869 / 12.5%, controls 0.983 / 0% (unseen: 0.973 /
/// 3.8%, 0.870 / 12.5%); probe9 (unseen) first 0.991 / 0%, scrolled 0.982 / 0%, controls
/// 0.978 / 0% (unseen 0.813, the transcript split on 4 pages); probe10 (unseen)
/// first 0.932 / 12.5%, scrolled 0.962 / 0%, controls 0.934 / 0%; probe11 (unseen)
/// first 0.971 / 5.0%, scrolled 0.986 / 0%, controls 0.736 / 0%; probe12 (unseen)
/// first 0.998 / 0%, scrolled 0.998 / 0%, controls 0.924 / 0%; probe13 (unseen)
/// first 0.787 / 16.7%, scrolled 0.911 / 3.3%, controls 0.922 / 0%; after session 11's
/// rules probe7 first 0.992 / 0%, probe10 first 0.990 / 0%, probe11 first 0.996 / 0%,
/// scrolled 0.997 / 0%, controls 0.924 / 0%, probe12 controls 0.947 / 0%, probe13 first
/// 0.821 / 16.7%, scrolled 0.951 / 3.3%; probe14 (unseen) first 0.971 / 0%, scrolled
/// 0.969 / 0%, controls 0.945 / 0%; probe15 (unseen) first 0.954 / 3.3%, scrolled
/// 0.902 / 8.3%, controls 0.896 / 0%; probe16 (unseen) first 0.960 / 3.3%, scrolled
/// 0.714 / 28.3%, controls 0.930 / 0%; probe17 (unseen) first 0.955 / 6.7%,
/// scrolled 0.998 / 0%, controls 0.775 / 0%; probe18 (unseen) first 0.829 / 23.3%,
/// scrolled 0.878 / 21.7%, controls 0.942 / 0%; after session 12's rules probe13 first 0.830 /
/// 16.7%, scrolled 0.958 / 3.3%, probe14 first 0.982 / 0%, scrolled 0.985 / 0%, probe15
/// first 0.985 / 0%, scrolled 0.983 / 0%, probe16 first 0.993 / 0%, scrolled 0.997 / 0%,
/// probe13 first 0.980 / 1.7%, probe17 controls 0.986 / 0% (the article printed whole
/// from its pages no longer split); real first 0.985 / 0%, scrolled 0.950 / 0%; controls
/// 0.964 / 0%; after session 13's rules (links resolved against `<base href>`, percent
/// escapes in either case, query-only permalinks) probe18 first 0.980 / 3.3%, scrolled
/// 0.997 / 0%; with a link spelling the headline's first words a story's own (a
/// breadcrumb's last crumb) probe18 first 0.998 / 0%; with a header printed after its
/// story's body taken as its headline probe17 first 0.992 / 0% (body-before-header 0.761 /
/// 40% -> 0.986 / 0%); probe19 (unseen) first 0.869 / 6.7%, scrolled 0.769 / 18.3%,
/// controls 0.809 / 0%; with an address's id compared without its page extension probe19
/// scrolled 0.919 / 3.3% (date-id-disqus 0.065 / 100% -> 0.964 / 10%); probe20 (unseen)
/// first 0.900 / 16.7%, scrolled 0.620 / 46.7%, controls 0.982 / 0%; after session 14's
/// rules (wordmark-image headlines, fragment routes, empty markers leading a story, a
/// page-wide form, addresses in any case) probe19 first 0.918 / 1.7%, probe20 first 0.994
/// / 0%, scrolled 0.994 / 0%; probe21 (unseen) first 0.997 / 0%, scrolled 0.995 / 0%,
/// controls 0.944 / 0%; with the rest of an article folded behind "Read more" read as
/// visible, probe19 first 0.979 / 1.7%, scrolled 0.991 / 1.7%, controls 0.929 / 0%
/// (readmore-hidden 0.617 -> 0.984 first, 0.551 -> 0.983 scrolled); probe22 (unseen)
/// first 0.989 / 1.7%, scrolled 0.837 / 16.7% (channel-posts 0.036 / 100%: the address
/// bar's `t.me/s/<channel>/<n>` against the posts' `t.me/<channel>/<n>`), controls 0.967
/// / 0%; with a story's own address matching the current one under another path prefix,
/// probe22 first 0.995 / 0%, scrolled 0.997 / 0%; probe23 (unseen) first 0.983 / 2.5%,
/// scrolled 0.971 / 2.5% (plain-permalink 0.955 / 10% first, 0.892 / 10% scrolled:
/// unlinked headlines, the address only as a "Permalink:" text line), controls 0.952 /
/// 0%; with a permalink printed as text naming its story, probe23 first
/// 0.990 / 0%, scrolled 0.996 / 0%; probe24 (unseen) first 0.994 / 0%, scrolled 0.996 /
/// 0%, controls 0.968 / 0% (single-drupal-paragraphs 0.941: section headings with a "#"
/// self-link and component captions left out); probe25 (unseen) first 0.977 / 2.5%,
/// scrolled 0.995 / 0% (lit-nested-shadow first 0.913 / 10%: one page, story 1 short and
/// its headline unlinked, returned with both stories after it), controls 0.980 / 0%;
/// probe27 (unseen) first 0.947 / 5%, scrolled 0.877 / 10% (amp-cache-next first 0.794
/// / 20%, scrolled 0.600 / 40%: stories visited at their AMP cache addresses, another
/// story returned whole), controls 0.955 / 0%; with AMP cache addresses read as the
/// publisher's (its site the publisher's), probe27 first 0.997 / 0%, scrolled 0.977 /
/// 0% (amp-cache-next 0.994 / 0% and 1.000 / 0%);
/// probe26 (unseen) first 0.813 / 15% (bn-span-headlines first 0.312 / 60%: no address
/// in the head, story 1 a 60-word brief under a `span` headline, the stream returned or
/// only the headline), scrolled 0.995 / 0%, controls 0.963 / 0% (single-id-page-all
/// 0.939: "Baca juga:" lines kept); probe29 (unseen) first 0.991 / 0%, scrolled 0.744 /
/// 25% (static-index-cpage scrolled 0.000 / 100%: stories visited at
/// `…/<slug>/index.html` while every link prints the directory, story 1 returned),
/// controls 0.938 / 0%; with a directory's default document read as the directory,
/// probe29 scrolled 0.994 / 0%;
/// probe28 (unseen) first 0.579 / 75%, scrolled 0.590 /
/// 75% (table-hr-news, vb-portal-news and untitled-blog-posts 0.40-0.52 / 100% in both
/// variants: every story of the page returned), controls 0.985 / 0%; with bold lines of
/// their own read as headlines, "Read more" and permalink-labelled links as permalinks
/// and session tokens dropped from addresses, probe28 first 0.956 / 5%, scrolled 0.946 /
/// 5%; with a bold line set large heading its story, 0.967 / 2.5% and 0.963 / 2.5%; with
/// the bar closing a post heading no story, 0.991 / 0% and 0.988 / 0%;
/// probe30 (unseen) first 0.743 / 25% (inert-virtual-feed 0.000 / 100%: story 1 scrolled
/// past carries `aria-hidden` and `inert`, story 2 returned), scrolled 0.869 / 12.5%
/// (inert-virtual-feed 0.500 / 50%: the preloaded story 3, `aria-hidden` and `inert`,
/// visited and story 2 returned), controls 0.872 / 0% (single-live-blog 0.752: the
/// newest posts of a live blog returned alone; 0.967 once posts linking to the page at
/// their anchors are its parts);
/// probe31 (unseen) first 0.795 / 0%, scrolled 0.776 / 0% (metered-inline-offer 0.228 /
/// 0% and 0.210 / 0%: a story's text after the meter's inline offer, collapsed and
/// `aria-hidden`, dropped, the offer's plan benefit lists returned with its first three
/// blocks), controls 0.976 / 0% (single-premium-midwall 0.953: the "More for
/// subscribers" rail after the article returned);
/// probe32 (unseen) first 0.914 / 0%, scrolled 0.933 / 0% (divi-theme-builder 0.784 /
/// 0% and 0.794 / 0%: only the story's last `et_pb_text` module, after the divider,
/// returned, the two modules of the two-column row before it dropped; vox-card-stacks
/// 0.791 / 0% and 0.885 / 0%: one card of the stack returned alone, or the whole stack
/// with its "Card k of n" and "Link to this card" furniture), controls 0.994 / 0%; with
/// the parts of a story's text searched for up to the story's own element, probe32 first
/// 0.964 / 0%, scrolled 0.964 / 0%;
/// probe33 (unseen) first 0.996 / 0%, scrolled 0.971 / 0% (jp-portal-paged scrolled
/// 0.902 / 0%: a story's first blocks before its "続きを読む" fold returned alone, the
/// folded rest and its second page dropped, on 1 page of 10), controls 0.988 / 0%;
/// probe34 (unseen) first 0.988 / 0%, scrolled 0.994 / 0%, controls 0.989 / 0%
/// (single-nl-liveblog 0.980: on 1 page of 10 the liveblog's summary and its first
/// post's `h3` dropped, 0.884);
/// probe35 (unseen) first 0.994 / 0%, scrolled 0.996 / 0%, controls 0.933 / 0%
/// (single-elementor-landing 0.897: the sections' `h2` heading widgets dropped, on some
/// pages a section's first text-editor column or its last section's text dropped, the
/// services `icon-box` row kept; single-tailwind-prose 0.969: on 1 page of 10 the Shiki
/// code blocks and the `h2`s over them dropped);
/// probe36 (unseen) first 0.957 / 5%, scrolled 0.996 / 0% (archive-ph-scrolled first
/// 0.835 / 20%: on 1 page of 10 every story of the capture returned, on another story 3
/// returned instead of story 1), controls 0.995 / 0%; with the share links an archive
/// wraps naming their targets as the archive links them, first 0.997 / 0%;
/// probe37 (unseen) first 0.836 / 32.5%, scrolled 0.515 / 57.5% (lite-text-edition 0.845
/// / 30% and 0.823 / 30%: on the CNN-lite-like pages, every story a sibling in `<main>`,
/// the whole `<main>` returned with every story and its "Next story" link;
/// spa-noscript-fallback scrolled 0.000 / 100%: story 1's hydrated article returned, the
/// target's text only in its `<noscript>` fallback; list-archive-thread 0.516 / 100% and
/// 0.245 / 100%: every message of the thread returned with its headers, navigation lists
/// and signature, on 2 scrolled pages of 10 without the target message), controls 0.962
/// / 0% (single-list-message 0.929: the archive's header lines, the quoted `> ` lines,
/// the signature, the list's footer and navigation kept with the message); with "Next
/// story" lead-ins and runs retried under named heads, first 0.872 / 25%, scrolled 0.556 /
/// 50% (lite-text-edition 0.990 / 0% and 0.984 / 0%); with a time of day read in a date
/// line and a link spelling a story's headline naming that story before one that links
/// to it, first 0.960 / 5%, scrolled 0.618 / 40% (list-archive-thread 0.868 / 20% and
/// 0.495 / 60%); with a `<noscript>` story alone in an app's empty mount point read,
/// scrolled 0.867 / 15% (spa-noscript-fallback 0.996 / 0%);
/// probe38 (unseen) first 0.998 / 0%, scrolled 0.993 / 0%, controls 0.861 / 0%
/// (single-explainer-box 0.769: the explainer box's paragraphs, a third of the article,
/// dropped on every page, the text before and after it returned; single-guide-sections
/// 0.954: on 1 page of 10 one section returned alone, 0.551); with a box of prose between
/// the article's blocks kept, controls 0.956 / 0% (single-explainer-box 0.957);
/// probe39 (unseen) first 0.990 / 0%, scrolled 0.985 / 0% (election-data-desk 0.978 / 0%
/// and 0.957 / 0%: the bar chart's candidate names, shares and `figcaption` returned
/// inside the story, on some pages the results table's caption, rows and `tfoot` too,
/// 0.860 on 1 scrolled page of 10; weather-desk-forecasts 0.986 / 0% and 0.985 / 0%: the
/// "Forecast" table's rows kept inside the text), controls 0.975 / 0%
/// (single-market-analysis 0.950: the sector performance and Treasury yields tables and
/// the charts' "Chart: …" captions kept between the paragraphs);
/// probe40 (unseen) first 0.978 / 0%, scrolled 0.933 / 10% (aggregator-full-coverage
/// 1.000 / 0% and 0.772 / 40%: on 3 scrolled pages of 10 the neighbouring excerpt card's
/// paragraphs returned with the target's, on 1 the open story 1 returned in full instead
/// of the target excerpt; newsletter-archive-issues 0.924 / 0% and 0.970 / 0%: the
/// "Together with …" sponsor blocks and their call-to-action links kept inside the
/// issue's text, on some pages the "In this issue" list too), controls 0.986 / 0%
/// (single-reader-item 0.980: on 1 page of 10 the "More from …" cards and "Up next"
/// titles kept after a short article, 0.863);
/// probe41 (unseen) first 0.816 / 27.5%, scrolled 0.802 / 25% (gdocs-newsletter-issues
/// 0.437 / 100% and 0.283 / 100%: the whole published document returned on every page,
/// its contents list of issue links and every issue; substack-full-archive first 0.847 /
/// 10%: on 1 page of 10 story 4 returned whole instead of story 1, on another the
/// paragraphs before the in-body "Subscribe" box and the last paragraph dropped),
/// controls 0.963 / 0% (single-gdocs-footnotes 0.940: the title, the byline line and the
/// footnotes section kept, on 1 page of 10 "SIGN UP FOR OUR NEWSLETTER" lines and the
/// last paragraph dropped, 0.820); with a heading classed as a date read as a headline
/// unless its text may be a date, first 0.840 / 25% (substack-full-archive 0.944 / 0%);
/// probe42 (unseen) first 0.995 / 0%, scrolled 0.997 / 0% (every layout at 0.988 or over:
/// hubspot-blog-fullposts first 0.988, source lines such as "SIGN UP FOR OUR NEWSLETTER"
/// or a "Last updated" line dropped from the story), controls 0.998 / 0%
/// (single-shopify-products 0.996: the FAQ's "Frequently asked questions" heading kept);
/// probe43 (unseen) first 0.669 / 35%, scrolled 0.783 / 22.5% (mastodon-profile-statuses
/// first 0.335 / 70%: on 6 pages of 10 another status (story 2, 3 or the last) returned
/// whole instead of story 1's, on 1 all four statuses; reddit-subreddit-selfposts 0.346 /
/// 70% and 0.450 / 60%: the same one self post returned on both variants of a page
/// whatever the address, on 1 page all of them; linkedin-pulse-more scrolled 0.695 / 30%:
/// on 3 pages of 10 story 1 returned instead of the loaded article the address names),
/// controls 0.731 / 0% (single-mastodon-thread 0.471: one status of the thread's six
/// returned alone, the other five dropped, on every page).
/// probe44 (unseen) first 0.996 / 0%, scrolled 0.996 / 0% (every layout at 0.990 or over:
/// lj-journal-entries scrolled 0.990, the journal's entry text whole whether folded at its
/// lj-cut or not), controls 0.994 / 0% (single-quora-answer 0.989).
/// probe45 (unseen) first 0.498 / 50%, scrolled 0.998 / 0% (the page shows the story the
/// scrolled address names; swiper-story-reader and aria-tab-stories first 0.000 / 100%:
/// the shown slide's or tab panel's story returned in place of story 1, which the address
/// and head name but whose slide is `aria-hidden` or panel `hidden`, on every page;
/// details-briefing and latest-collapsed-column first 0.997 and 0.994, story 1 returned
/// whole though closed), controls 0.794 / 0% (single-recipe-tabs 0.635: the intro and the
/// shown "Ingredients" panel returned, the two `hidden` panels dropped, on 9 pages of 10;
/// single-faq-details 0.953).
/// probe46 (unseen) first 0.998 / 0%, scrolled 0.998 / 0% (every layout at 0.997 or over:
/// bw-release-stream 0.997, the "CHICAGO--(BUSINESS WIRE)--" dateline kept before the first
/// paragraph, the boilerplate repeated in every release dropped), controls 0.923 / 0%
/// (single-press-release-financials 0.848: the dateline, the financial table and the
/// "About …" and "Forward-Looking Statements" paragraphs returned with the release, which
/// the gold leaves out, 0.556 on the page of the shortest release; single-govuk-guidance
/// 0.999);
/// probe47 (unseen) first 0.985 / 0%, scrolled 0.985 / 0% (ru-bitrix-autoload 0.977 / 0%
/// and 0.972 / 0%: headings, blockquotes, lists and one-line paragraphs of the `<p>` half
/// dropped, on 1 scrolled page of 10 a long `h2` opening the text, 0.891, on another the
/// target's `h3` headline and date kept; tr-news-detail 0.981 / 0% and 0.988 / 0%: the
/// spot, the first paragraph in `h2`/`h3.news-detail-spot`, dropped on 14 cases of 20;
/// ar-jannah-autoload 0.987 / 0% and 0.980 / 0%: the "اقرأ أيضا:" link paragraphs kept
/// inside the text; dle-fullstory-stream 0.994 and 0.999), controls 0.980 / 0%
/// (single-ar-opinion 0.965: the pull quotes repeating the text's sentences kept, captions
/// dropped; single-ru-analytics 0.995);
/// probe48 (unseen) first 0.749 / 0%, scrolled 0.750 / 0% (radix-cookie-dialog 0.000 / 0%
/// and 0.000 / 0%: the open cookie-consent dialog's text, "We value your privacy" and its
/// three purposes, returned in place of the story on every page, whose app root is
/// `aria-hidden`; next-newsletter-modal 1.000 and 0.999, metered-paywall-overlay 1.000 and
/// 1.000, video-docked-player 0.998 and 0.999: the modal, paywall and docked player left
/// out), controls 0.997 / 0% (single-lightbox-open 0.994, single-search-overlay 0.999);
/// raised in session 18 after its rules: probe8 scrolled 0.932 / 6.2%, probe43 first
/// 0.827 / 17.5% and scrolled 0.994 / 0%, probe45 first 0.922 / 7.5% and controls 0.964,
/// probe47 0.992 / 0% and 0.991 / 0%; raised in session 19 after its carousel rules:
/// probe8 scrolled 0.994 / 0%, probe30 scrolled 0.994 / 0%, probe45 first 0.997 / 0%;
/// raised after the rule that a feed's stories out of view are on the page: probe30
/// first 0.993 / 0%; after the rule that the address's fragment names the head of its
/// story: probe41 first 0.934 / 7.5%, scrolled 0.913 / 7.5% (gdocs-newsletter-issues
/// 0.812 / 30% and 0.729 / 30%: on 3 pages of 10 the issues carry no date line, the
/// whole document still returned); after the dialog rule, probe48 0.999 / 0% and 0.999 /
/// 0%;
/// probe49 (unseen) first 0.950 / 5.0%, scrolled 0.968 / 5.0% (id-portal-halaman 0.847 /
/// 20% and 0.909 / 20%: on the kompas-like pages (`div.read__content` pages) every story
/// of the stream returned on 3 cases, on 1 first page the appended story's first page
/// returned instead of story 1; hi-portal-ticker 0.969 and 0.979: the two Hindi headlines
/// of the "ये भी पढ़ें-" list kept in the text; th-news-br 0.995 and 0.993; ng-td-autoload
/// 0.988 and 0.990: the bold "Also read:" link line kept), controls 0.990 / 0%
/// (single-id-feature 0.981: the "Simak breaking news" follow line kept; single-ke-opinion
/// 0.999); raised after the "also read" labels in English and Hindi: probe49 first 0.960
/// / 5.0%, scrolled 0.975 / 5.0%; after read-also lines stopped heading stories (session
/// 20): first 0.996 / 0%, scrolled 0.998 / 0%;
/// probe50 (unseen) first 0.983 / 0%, scrolled 0.985 / 0% (ar-infobae-long 0.955 and
/// 0.968: the section tag and the `h2.article-subheadline` kept before the text, the
/// text's `h2.header` subheadings dropped, 0.839 on 1 first page; br-g1-ghtml 0.991 and
/// 0.985: the "Por …, g1 XX" byline, "Atualizado" and the "VÍDEOS: …" caption kept;
/// es-arc-daily 0.991 and 0.989: the newsletter box kept; mx-jnews-autoload 0.994 and
/// 0.999), controls 0.986 / 0% (single-pt-feature 0.977: the pull quote kept;
/// single-cl-column 0.995: the "Columna de opinión" kicker and the columnist's name
/// kept);
/// probe51 (unseen) first 0.992 / 0%, scrolled 0.942 / 0% (nuxt-weiterlesen 0.988 and
/// 0.781: on 4 scrolled pages only the byline, relative date and comment count and the
/// story's three blocks before the "Weiterlesen" / "Continue reading" button returned,
/// the rest in the collapsed `div` lost; sveltekit-contents 0.992 and 0.999;
/// ng-universal-pages 0.992 and 0.995; astro-islands-blog 0.996 and 0.995), controls
/// 0.839 / 0% (single-next-streamed 0.700: only the shell's first half of the text
/// returned, the streamed second half in `<div hidden id="S:0">` lost on every page;
/// single-qwik-docs 0.978: the callouts' "Note" / "Tip" labels kept); raised after
/// folded prose and streamed segments (session 20): scrolled 0.995 / 0%, controls 0.982;
/// probe52 (unseen) first 0.994 / 0%, scrolled 0.994 / 0% (zh-163-post-body 0.997 and
/// 0.997: the "本文来源：" and "责任编辑：" lines kept; zh-paper-cssmodules 0.992 and 0.990:
/// short lines of the text (photo credits, "Related: …" lines) lost; ko-naver-dic-area
/// 0.996 and 0.996: the "… 기자 (email)" line kept; vn-fck-author-mail 0.991 and 0.992: the
/// "Thứ năm, 3/9/2024, 08:10 (GMT+7)" date line kept), controls 0.993 / 0%
/// (single-zh-page-all 0.999; single-ko-qa-byline 0.987: the lead photo's caption and the
/// "입력 … | 수정 …" line kept, a short first line of the text lost).
/// probe53 (unseen) first 0.976 / 0%, scrolled 0.970 / 0% (wp-recipe-card 0.985 and
/// 0.994: the recipe card's lists kept, its "Servings 4 people" and "Calories: …kcal
/// Protein: …g" lines too; affiliate-roundup 0.947 and 0.915: the product cards' "Our
/// pick" labels, product names, blurbs and Pros / Cons lists kept between the paragraphs
/// (the buy buttons and the "Why you should trust us" box dropped); celeb-gallery-embeds
/// 0.981 and 0.978: the gallery's "1 / 3" counter and the X embed's "— Name (@handle)
/// date" line kept; conde-travel-sc 0.991 and 0.991: a `body__inner-container` chunk
/// holding only a heading and a list of short items lost), controls 0.979 / 0%
/// (single-recipe-video 0.984: "Watch how to make it" and the card's servings and
/// nutrition lines kept; single-product-review 0.974: the specifications table kept).
/// probe54 (unseen) first 0.990 / 0%, scrolled 0.984 / 0% (tv-nexstar-local 0.996 and
/// 0.983: the "Copyright 2026 Nexstar Media Inc. …" line and the "Posted: … EST" line
/// kept on some pages, a few short caption lines lost; ap-richtext-stacked 0.977 and
/// 0.974: the lead photo's "(AP Photo/…)" caption, the "CITY (AP) —" dateline and the
/// "Associated Press writer … contributed to this report." line kept, "___" and "Follow
/// AP's coverage" dropped; npr-member-storytext 1.000 and 0.998; regional-gannett-lee
/// 0.987 and 0.982: on the BLOX pages the `div.subscriber-preview` blocks (the first
/// two) lost, on the Gannett pages the captions' credits kept), controls 0.935 / 0%
/// (single-tv-forecast 0.933: the 7-day forecast table, its caption and header row and
/// the "First Alert Weather Days" note kept; single-npr-transcript 0.937: the "HOST:" /
/// "GUEST:" labels kept, the disclaimer and copyright dropped, on one page the short
/// lines of the text and its closing bio line lost).
/// probe55 (unseen) first 0.979 / 0%, scrolled 0.976 / 0% (devto-feed 0.974 and 0.992: a
/// few lines of the story's own text lost (newsletter prompts, an author note), the word
/// "updated," dropped from a code block's token spans; hashnode-series 0.975 and 0.973: the
/// `nav.toc` list of the post's headings kept at the top of the text, the code cards'
/// file-name captions kept, and on two pages the post's `h2`s lost while their
/// paragraphs stay; medium-eng-blog 0.988 and 0.988; ars-paged-explainer 0.980 and 0.950:
/// the intro image's "Enlarge / …" caption and "Getty Images" credit and the dek kept, on
/// some appended articles the kicker and "– Nov 24, 2022 8:50 pm UTC" line too),
/// controls 0.943 / 0% (single-docs-tutorial 0.934: the benchmark table and the code
/// blocks' file-name titles kept; single-release-notes 0.952: the "Contributors" heading
/// kept, and on one page every "v2.x.y — date" version heading lost).
/// probe56 (unseen) first 0.946 / 0%, scrolled 0.944 / 0% (sciencedaily-feed 0.892 and
/// 0.943: the "Date: / Source: / Summary:" box, "Story Source:" and its "Materials
/// provided by …" line, the journal reference and the three "Cite This Page" citations
/// kept; journal-open-access 0.935 and 0.894: "Abstract" and the numbered section
/// headings and the "Fig. 1 | …" caption lost, "Cite this article" with its citation,
/// "Received" / "Accepted" / "DOI" kept, on one page the reference entries the kept
/// paragraphs cite kept and the first half of the article (abstract to results) lost;
/// university-research-news 0.999 and 0.984: the hero caption kept on some pages;
/// arxiv-html-mirror 0.958 and 0.957: "Abstract" and the numbered section headings lost,
/// the "(Submitted on …)" line, the equation's MathML and TeX text and the itemize
/// bullets kept), controls 0.912 / 0% (single-quanta-review 0.958: the dek, the lead
/// image's caption and credit, the figure's credit and the "⁂" breaks kept;
/// single-stackexchange-qa 0.867: the question's paragraphs and code lost, only the
/// accepted answer returned). With session 21's rules: first 0.954, scrolled 0.953,
/// controls 0.979 (the section headings and the Q&A page's question kept).
/// probe57 (unseen) first 0.949 / 0%, scrolled 0.961 / 0% (investopedia-terms 0.993 and
/// 0.994: the "Key Takeaways" heading lost, on a few pages "The Bottom Line" too and the
/// "By / Reviewed by / Certified Financial Planner" attribution kept; wikihow-steps 0.849
/// and 0.875: every step's number kept, "Things You'll Need", the "About This Article"
/// expert card and "This article has been viewed … times." kept, on some pages the
/// "Tips" and "Warnings" headings lost, on one page the "Method N of 3: …" headings,
/// on one page only the first step returned;
/// mayo-conditions 0.974 and 0.991: the "Overview" heading lost, the box's "Request an
/// appointment" kept where the "Causes" heading is lost, "Risk factors" lost on some
/// pages, "Medically reviewed by …" kept; fandom-mobile-wiki 0.980 and 0.986: headings
/// kept as "History[edit]", the "Trivia" heading lost), controls 0.928 / 0%
/// (single-britannica-entry 0.998; single-dictionary-entry 0.858: the syllables and
/// pronunciation, "noun" / "verb", the sense numbers and ": " marks, "Word origin",
/// "First Known Use" and "Cite this Entry" kept). With session 21's last rule (a repeated
/// heading over a section of the story's own text): first 0.950, scrolled 0.962.
/// probe58 (unseen) first 0.991 / 0%, scrolled 0.988 / 0% (th-thairath-scroll 0.991 and
/// 0.988: the Thai date and view count line kept; se-tabloid-feed 0.982 and 0.972: the
/// "Läs också:" link line and the "Annons" label kept, a caption's "Photo by …" credit
/// lost; el-entry-content 1.000 and 1.000; tr-news-content 0.993 and 0.992: the
/// "FOTO GALERİ" strip's label kept), controls 0.988 / 0% (single-th-feature 0.984: the
/// Thai date line kept; single-no-kommentar 0.993: on three pages "Related: …" /
/// "Last updated …" lines of the source's own text lost). With session 22's read-also and
/// ad labels in these languages: first 0.996, scrolled 0.994.
/// probe59 (unseen) first 0.621 / 42.5%, scrolled 0.762 / 30.0% (notion-site-peek 0.706
/// and 0.767: on two pages another story returned (a side peek's, or all of them), the
/// header blocks without an `h2` and the open toggle headings' sections lost, the page
/// icon, title, "Tags" property and 💡 kept; framer-blog-loadmore 0.300 and 0.998: on 7
/// of 10 pages story 1's address gives a post the "Load more" component loaded;
/// gsites-announcements 0.795 and 0.585: under a later announcement's address story 1
/// returned on 3 pages, on 2 pages the whole "Announcements" page, the "Posted … by …"
/// line kept; webflow-issue-archive 0.684 and 0.698: at `/#<slug>` addresses the whole
/// archive returned (every issue with its "Issue #N · date" and "by …"), at
/// `/issues/<slug>` the issue, its lists lost on some pages), controls 0.966 / 0%
/// (single-notion-guide 0.967: header blocks without an `h2` lost, or the breadcrumb,
/// page icon, title and properties kept; single-framer-post 0.964: on some pages the
/// category pill, author chip, "Share" / "Copy link" and the "Trusted by" strip kept).
/// With session 22's rules (generated class words by shape, a front page is no article,
/// a fragment naming a story's own element, a paragraph that is one link is no prose):
/// first 0.900 / 10.0%, scrolled 0.885 / 12.5% (framer-blog-loadmore 0.999 and 0.998,
/// webflow-issue-archive 0.998 and 0.999, gsites-announcements 0.895 and 0.776).
/// probe60 (unseen) first 0.713 / 32.5%, scrolled 0.833 / 12.5% (reddit-shreddit-feed
/// 0.297 and 0.694: under story 1's address on 7 of 10 pages an appended feed post's text
/// returned (the first text post of "More posts you may like", or one loaded in a
/// `faceplate-partial`) with its "r/<sub>•" credit line, under a feed post's address
/// nothing on 3 pages; hn-infinite-items 0.574 and 0.644: on the 6 pages whose appended
/// items sit in the userscript's `div.ihn-page`, every item's text with its title and
/// "N points by …" subtext lines returned as one paragraph (4 pages) or only the third
/// item's text (2 pages), under every address; the pages with bare `<hr>`s correct;
/// linkedin-pulse-next 0.994 and 0.996; photon-lemmy-feed 0.988 and 0.999), controls
/// 0.987 / 0% (single-reddit-selfpost 0.989; single-linkedin-slides 0.985: on one page the
/// "More articles by …" rail and the "Explore topics" list kept, short "Next" lines of
/// the source's own text lost). With session 22's rules (layout tables read for a
/// headline, the page's own story before its comments): first 0.819 / 17.5%, scrolled
/// 0.922 / 0% (hn-infinite-items 0.998 and 1.000; reddit-shreddit-feed unchanged).
/// probe61 (unseen) first 0.990 / 0%, scrolled 0.895 / 10.0% (tagdiv-infinite 0.987 and
/// 0.985: the ad slots' "- Advertisement -" labels kept, a caption's "Photo by …" credit
/// lost; jnews-autoload 0.978 and 0.600: under a later post's address the post before it
/// returned on 4 of 10 pages (story 1 under story 2's, story 2 or story 1 under story
/// 3's), on one page the "READ:" lines and the featured image's caption kept;
/// jannah-alnp 1.000 and 0.997; soledad-infinite 0.996 and 0.999), controls 0.992 / 0%
/// (single-tagdiv-feature 0.987: the "- Advertisement -" labels and the pull quotes kept,
/// a "Lire aussi" line of the source's own text lost; single-jannah-opinion 0.996: a
/// "Last updated" line of the source's own text lost).
/// With session 22's rule (a unit headed by a top-level heading is no teaser listing):
/// first 0.993 / 0%, scrolled 0.993 / 0% (jnews-autoload 0.990 and 0.989).
/// probe62 (unseen) first 0.795 / 20.0%, scrolled 0.644 / 50.0% (translated-news-scroll
/// 0.986 and 0.350: under an appended story's address the whole stream, a "Next news"
/// separator after the story before naming the address in `data-next-url`;
/// adblocked-blog-autoload 0.200 and 0.998: on 8 of 10 pages an appended post for the
/// page's own, its comments under "3 thoughts on “…”" between it and the load-more
/// wrapper; darkmode-annotated-magazine 0.993 and 0.989; extensions-local-news 0.999 and
/// 0.240: a "Next Story" bar's `data-next-permalink`, as the separators), controls 0.979
/// / 0% (single-translated-longread 0.988, single-darkmode-highlights 0.970). With
/// session 23's rules (an address named only in a bar after a story is not its own where
/// another story names it before its bars; the page's own story before its comments
/// under a heading of their own): first 0.993 / 0%, scrolled 0.995 / 0%.
/// probe63 (unseen) first 0.900 / 17.5%, scrolled 0.888 / 17.5% (app-virtual-feed 0.995
/// and 0.994; latest-prepend-stream 0.976 and 0.998; grid-rail-magazine 0.919 and 0.898:
/// on 2 of 10 pages, whose rails all come after the last story, the page read as one
/// story; spa-keepalive-routes 0.711 and 0.662: a hidden previous route holding a whole
/// story taken for one of the page's, the visible route's stories returned together),
/// controls 0.997 / 0% (single-virtual-reader 0.996, single-hero-order 0.998). With
/// session 23's rules (that one, and a copy of the stories' template hidden on the page,
/// not a slide waiting its turn, is none of them): first 0.992 / 0%, scrolled 0.997 / 0%.
/// probe64 (unseen) first 0.937 / 0%, scrolled 0.731 / 25.0% (continue-reading-news 0.960
/// and 0.956; details-blog-posts 0.997 and 0.972; tabloid-expand 0.796 and 0.000: every
/// story's body `display: none` behind an "Expand article" button, dropped, so under an
/// appended story's address the page read as one story, its own; clamped-app-feed 0.995
/// and 0.995), controls 0.972 / 0% (single-read-more 0.971: on one page the shown half
/// lost for a newsletter box; single-details-explainer 0.972). With session 23's rule
/// ("Expand article" and the like reveal an article's folded rest): first 0.985 / 0%,
/// scrolled 0.980 / 0%; with session 24's rule (the part shown before a "Continue
/// reading" control comes with the rest it folds): first 0.993, scrolled 0.989.
/// probe65 (unseen) first 0.946 / 0%, scrolled 0.955 / 0% (markets-up-next 0.951 and
/// 0.962; wire-business-desk 0.893 and 0.900: photo captions and sign-offs kept in short
/// stories; finance-keep-reading 0.947 and 0.967; crypto-article-stream 0.993 and 0.991),
/// controls 0.950 / 0% (single-earnings-report 0.942, single-markets-live 0.957).
/// probe66 (unseen) first 0.835 / 17.5%, scrolled 0.875 / 0% (video-story-stream 1.000
/// and 1.000; podcast-episodes 0.879 and 0.871: show notes lost beside a transcript;
/// photo-gallery-stream 0.480 and 0.650: galleries whose text is their captions not told
/// apart, the page's own taken with the appended ones on 7 of 10 pages, and under an
/// appended gallery's address its intro alone; scrolly-visual-stories 0.981 and 0.979),
/// controls 0.883 / 0% (single-podcast-episode 0.869, single-photo-essay-captions 0.897).
/// With session 24's rules (long captions are a story's prose; a photo essay's slides
/// join the text chosen among them; a slide counter standing alone is furniture): first
/// 0.963 / 0%, scrolled 0.962 / 0%, controls 0.920.
/// probe67 (unseen) first 0.971 / 0%, scrolled 0.979 / 0% (transfer-news-stream 0.978
/// and 0.992; game-recap-stream 0.998 and 0.998; race-report-stream 0.997 and 0.995;
/// fantasy-tips-columns 0.910 and 0.933: on one page, at its own address, the article's
/// title repeated in its text as a heading was read as a story's headline and the story
/// cut to its first part; player cards and bet boxes kept), controls 0.951 / 0%
/// (single-spielbericht 0.933: the line-ups table and live ticker kept;
/// single-sports-profile 0.969). With session 25's rule (a twin opens with its heading;
/// without one the places naming the address are read): first 0.982 / 0%.
/// probe68 (unseen) first 0.866 / 0%, scrolled 0.871 / 0% (review-score-stream 0.986
/// and 0.987; longform-next-feature 0.509 and 0.526: every paragraph after the drop cap
/// classed `paywall`, dropped as furniture; advice-column-stream 0.989 and 0.978;
/// music-book-reviews 0.978 and 0.993), controls 0.778 / 0% (single-film-review 0.963,
/// single-literary-essay 0.593, the same markup). With session 25's rule (a bare
/// `paywall` class marks the walled text): first 0.985, scrolled 0.989, controls 0.957.
/// probe69 (unseen) first 0.880 / 12.5%, scrolled 0.982 / 0% (health-reviewed-scroll
/// 0.963 and 0.966; hospital-newsroom-releases 0.997 and 0.998; outbreak-live-tracker
/// 0.998 and 0.993; wellness-elementor-stories 0.563 / 50% and 0.972: the page's own
/// post bare in the content wrapper, the appended ones in a load-more list, read as one
/// story or the first appended post taken), controls 0.929 / 0%
/// (single-health-explainer 0.906, single-hospital-release 0.953). With session 25's rule
/// (a titled post's wrapper naming its address pairs with an untitled copy that is a
/// story): first 0.978 / 0%.
/// probe70 (unseen) first 0.862 / 10%, scrolled 0.958 / 0% (car-review-verdict-scroll
/// 0.974 and 0.956: each verdict box's Highs / Lows lines dropped; tech-review-prices-stream
/// 0.539 / 40% and 0.906: the page's own review, an `<article>` classed `review-article`,
/// was taken for a reader's review, so an appended review was shown; spec tables,
/// benchmark charts and score rings kept; gadget-news-headless-feed 0.995 and 0.996;
/// longterm-test-log-posts 0.942 and 0.973: the running log table kept), controls 0.922 / 0%
/// (single-car-comparison-test 0.972, single-laptop-review 0.872: its specs and benchmarks
/// kept). With session 26's rule (a class word naming an article is no reader's review):
/// first 0.959 / 0%.
/// probe71 (unseen) first 0.904 / 15%, scrolled 0.903 / 15% (opinion-columns-scroll 0.998
/// and 0.973; factcheck-claim-stream 0.999 and 0.999; politics-live-desk 0.650 / 60% and
/// 0.659 / 60%: at a live page's address whose posts differ only by a `#rcrd<n>` fragment
/// the whole live page is returned, as for a live blog, where the round's gold is the one
/// post; statehouse-bill-tracker 0.968 and 0.979), controls 0.981 / 0%. With session 26's
/// rule (a prompt's box holding a paragraph of prose is the article's): scrolled 0.907.
/// probe72 (unseen) first 0.997 / 0%, scrolled 0.995 / 0%, controls 0.957 / 0%
/// (single-local-investigation 0.913: its timeline box, `role=complementary` inside the
/// article body, dropped; single-obituary-guestbook 1.000). With session 26's rule (an
/// article's own aside marked complementary, with few links, stays): controls 0.995.
const FLOORS: [(&str, f64, f64); 214] = [
    ("probe70 first", 0.94, 0.02),
    ("probe70 scrolled", 0.94, 0.02),
    (PROBE70_CONTROLS, 0.90, 0.0),
    ("probe71 first", 0.88, 0.17),
    ("probe71 scrolled", 0.88, 0.17),
    (PROBE71_CONTROLS, 0.96, 0.0),
    ("probe72 first", 0.98, 0.02),
    ("probe72 scrolled", 0.98, 0.02),
    (PROBE72_CONTROLS, 0.97, 0.0),
    ("probe67 first", 0.96, 0.02),
    ("probe67 scrolled", 0.96, 0.02),
    (PROBE67_CONTROLS, 0.93, 0.0),
    ("probe68 first", 0.97, 0.02),
    ("probe68 scrolled", 0.97, 0.02),
    (PROBE68_CONTROLS, 0.93, 0.0),
    ("probe69 first", 0.96, 0.02),
    ("probe69 scrolled", 0.96, 0.02),
    (PROBE69_CONTROLS, 0.91, 0.0),
    ("probe65 first", 0.93, 0.02),
    ("probe65 scrolled", 0.93, 0.02),
    (PROBE65_CONTROLS, 0.93, 0.0),
    ("probe66 first", 0.92, 0.02),
    ("probe66 scrolled", 0.92, 0.02),
    (PROBE66_CONTROLS, 0.86, 0.0),
    ("probe64 first", 0.96, 0.02),
    ("probe64 scrolled", 0.96, 0.02),
    (PROBE64_CONTROLS, 0.95, 0.0),
    ("probe62 first", 0.97, 0.02),
    ("probe62 scrolled", 0.97, 0.02),
    (PROBE62_CONTROLS, 0.95, 0.0),
    ("probe63 first", 0.97, 0.02),
    ("probe63 scrolled", 0.97, 0.02),
    (PROBE63_CONTROLS, 0.97, 0.0),
    ("synthetic first", 0.98, 0.02),
    ("synthetic scrolled", 0.98, 0.02),
    ("probe first", 0.97, 0.02),
    ("probe scrolled", 0.97, 0.02),
    ("probe3 first", 0.97, 0.02),
    ("probe3 scrolled", 0.95, 0.04),
    ("probe4 first", 0.96, 0.02),
    ("probe4 scrolled", 0.98, 0.02),
    ("probe5 first", 0.98, 0.02),
    ("probe5 scrolled", 0.97, 0.02),
    ("probe6 first", 0.98, 0.02),
    ("probe6 scrolled", 0.98, 0.02),
    (PROBE6_CONTROLS, 0.78, 0.0),
    ("probe7 first", 0.98, 0.02),
    ("probe7 scrolled", 0.98, 0.02),
    (PROBE7_CONTROLS, 0.94, 0.0),
    ("probe8 first", 0.97, 0.03),
    ("probe8 scrolled", 0.97, 0.02),
    (PROBE8_CONTROLS, 0.97, 0.0),
    ("probe9 first", 0.98, 0.02),
    ("probe9 scrolled", 0.97, 0.02),
    (PROBE9_CONTROLS, 0.96, 0.0),
    ("probe10 first", 0.98, 0.02),
    ("probe10 scrolled", 0.95, 0.02),
    (PROBE10_CONTROLS, 0.92, 0.0),
    ("probe11 first", 0.98, 0.02),
    ("probe11 scrolled", 0.97, 0.02),
    (PROBE11_CONTROLS, 0.90, 0.0),
    ("probe12 first", 0.98, 0.02),
    ("probe12 scrolled", 0.98, 0.02),
    (PROBE12_CONTROLS, 0.93, 0.0),
    ("probe13 first", 0.96, 0.04),
    ("probe13 scrolled", 0.95, 0.04),
    (PROBE13_CONTROLS, 0.91, 0.0),
    ("probe14 first", 0.97, 0.02),
    ("probe14 scrolled", 0.97, 0.02),
    (PROBE14_CONTROLS, 0.94, 0.0),
    ("probe15 first", 0.97, 0.02),
    ("probe15 scrolled", 0.97, 0.02),
    (PROBE15_CONTROLS, 0.88, 0.0),
    ("probe16 first", 0.98, 0.02),
    ("probe16 scrolled", 0.98, 0.02),
    (PROBE16_CONTROLS, 0.92, 0.0),
    ("probe17 first", 0.98, 0.02),
    ("probe17 scrolled", 0.98, 0.02),
    (PROBE17_CONTROLS, 0.95, 0.0),
    ("probe18 first", 0.97, 0.02),
    ("probe18 scrolled", 0.98, 0.02),
    (PROBE18_CONTROLS, 0.93, 0.0),
    ("probe19 first", 0.96, 0.03),
    ("probe19 scrolled", 0.97, 0.03),
    (PROBE19_CONTROLS, 0.90, 0.0),
    ("probe20 first", 0.98, 0.02),
    ("probe20 scrolled", 0.98, 0.02),
    (PROBE20_CONTROLS, 0.96, 0.0),
    ("probe21 first", 0.98, 0.02),
    ("probe21 scrolled", 0.98, 0.02),
    (PROBE21_CONTROLS, 0.93, 0.0),
    ("probe22 first", 0.98, 0.02),
    ("probe22 scrolled", 0.98, 0.02),
    (PROBE22_CONTROLS, 0.96, 0.0),
    ("probe23 first", 0.98, 0.02),
    ("probe23 scrolled", 0.98, 0.02),
    (PROBE23_CONTROLS, 0.94, 0.0),
    ("probe24 first", 0.98, 0.02),
    ("probe24 scrolled", 0.98, 0.02),
    (PROBE24_CONTROLS, 0.95, 0.0),
    ("probe25 first", 0.97, 0.03),
    ("probe25 scrolled", 0.98, 0.02),
    (PROBE25_CONTROLS, 0.97, 0.0),
    ("probe27 first", 0.98, 0.02),
    ("probe27 scrolled", 0.97, 0.02),
    (PROBE27_CONTROLS, 0.95, 0.0),
    ("probe26 first", 0.80, 0.16),
    ("probe26 scrolled", 0.98, 0.02),
    (PROBE26_CONTROLS, 0.95, 0.0),
    ("probe29 first", 0.98, 0.02),
    ("probe29 scrolled", 0.98, 0.02),
    (PROBE29_CONTROLS, 0.93, 0.0),
    ("probe28 first", 0.98, 0.02),
    ("probe28 scrolled", 0.97, 0.02),
    (PROBE28_CONTROLS, 0.97, 0.0),
    ("probe30 first", 0.97, 0.02),
    ("probe30 scrolled", 0.97, 0.02),
    (PROBE30_CONTROLS, 0.97, 0.0),
    ("probe31 first", 0.78, 0.02),
    ("probe31 scrolled", 0.76, 0.02),
    (PROBE31_CONTROLS, 0.96, 0.0),
    ("probe32 first", 0.95, 0.02),
    ("probe32 scrolled", 0.95, 0.02),
    (PROBE32_CONTROLS, 0.98, 0.0),
    ("probe33 first", 0.98, 0.02),
    ("probe33 scrolled", 0.96, 0.02),
    (PROBE33_CONTROLS, 0.97, 0.0),
    ("probe34 first", 0.96, 0.02),
    ("probe34 scrolled", 0.97, 0.02),
    (PROBE34_CONTROLS, 0.96, 0.0),
    ("probe35 first", 0.97, 0.02),
    ("probe35 scrolled", 0.97, 0.02),
    (PROBE35_CONTROLS, 0.91, 0.0),
    ("probe36 first", 0.97, 0.02),
    ("probe36 scrolled", 0.97, 0.02),
    (PROBE36_CONTROLS, 0.97, 0.0),
    ("probe37 first", 0.94, 0.07),
    ("probe37 scrolled", 0.84, 0.17),
    (PROBE37_CONTROLS, 0.94, 0.0),
    ("probe38 first", 0.97, 0.02),
    ("probe38 scrolled", 0.97, 0.02),
    (PROBE38_CONTROLS, 0.93, 0.0),
    ("probe39 first", 0.97, 0.02),
    ("probe39 scrolled", 0.96, 0.02),
    (PROBE39_CONTROLS, 0.95, 0.0),
    ("probe40 first", 0.95, 0.02),
    ("probe40 scrolled", 0.91, 0.12),
    (PROBE40_CONTROLS, 0.96, 0.0),
    ("probe41 first", 0.91, 0.1),
    ("probe41 scrolled", 0.89, 0.1),
    (PROBE41_CONTROLS, 0.94, 0.0),
    ("probe42 first", 0.97, 0.02),
    ("probe42 scrolled", 0.97, 0.02),
    (PROBE42_CONTROLS, 0.97, 0.0),
    ("probe43 first", 0.80, 0.195),
    ("probe43 scrolled", 0.97, 0.02),
    (PROBE43_CONTROLS, 0.71, 0.0),
    ("probe44 first", 0.97, 0.02),
    ("probe44 scrolled", 0.97, 0.02),
    (PROBE44_CONTROLS, 0.97, 0.0),
    ("probe45 first", 0.97, 0.02),
    ("probe45 scrolled", 0.97, 0.02),
    (PROBE45_CONTROLS, 0.94, 0.0),
    ("probe46 first", 0.97, 0.02),
    ("probe46 scrolled", 0.97, 0.02),
    (PROBE46_CONTROLS, 0.90, 0.0),
    ("probe47 first", 0.97, 0.02),
    ("probe47 scrolled", 0.97, 0.02),
    (PROBE47_CONTROLS, 0.96, 0.0),
    ("probe48 first", 0.97, 0.02),
    ("probe48 scrolled", 0.97, 0.02),
    (PROBE48_CONTROLS, 0.97, 0.0),
    ("probe49 first", 0.97, 0.02),
    ("probe49 scrolled", 0.97, 0.02),
    (PROBE49_CONTROLS, 0.97, 0.0),
    ("probe50 first", 0.96, 0.02),
    ("probe50 scrolled", 0.96, 0.02),
    (PROBE50_CONTROLS, 0.96, 0.0),
    ("probe51 first", 0.97, 0.02),
    ("probe51 scrolled", 0.97, 0.02),
    (PROBE51_CONTROLS, 0.96, 0.0),
    ("probe60 first", 0.79, 0.195),
    ("probe60 scrolled", 0.90, 0.02),
    (PROBE60_CONTROLS, 0.96, 0.0),
    ("probe52 first", 0.97, 0.02),
    ("probe52 scrolled", 0.97, 0.02),
    (PROBE52_CONTROLS, 0.97, 0.0),
    ("probe53 first", 0.95, 0.02),
    ("probe53 scrolled", 0.95, 0.02),
    (PROBE53_CONTROLS, 0.95, 0.0),
    ("probe54 first", 0.97, 0.02),
    ("probe54 scrolled", 0.96, 0.02),
    (PROBE54_CONTROLS, 0.91, 0.0),
    ("probe55 first", 0.96, 0.02),
    ("probe55 scrolled", 0.95, 0.02),
    ("probe59 first", 0.88, 0.12),
    ("probe59 scrolled", 0.86, 0.145),
    (PROBE59_CONTROLS, 0.94, 0.0),
    ("probe61 first", 0.97, 0.02),
    ("probe61 scrolled", 0.97, 0.02),
    (PROBE61_CONTROLS, 0.97, 0.0),
    (PROBE55_CONTROLS, 0.92, 0.0),
    ("probe56 first", 0.93, 0.02),
    ("probe56 scrolled", 0.93, 0.02),
    (PROBE56_CONTROLS, 0.95, 0.0),
    ("probe57 first", 0.93, 0.02),
    ("probe57 scrolled", 0.94, 0.02),
    (PROBE57_CONTROLS, 0.90, 0.0),
    ("probe58 first", 0.97, 0.02),
    ("probe58 scrolled", 0.97, 0.02),
    (PROBE58_CONTROLS, 0.96, 0.0),
    ("real first", 0.97, 0.02),
    ("real scrolled", 0.92, 0.03),
    (CONTROLS, 0.95, 0.0),
];
/// The group of the single-article controls.
const CONTROLS: &str = "single-article controls";
/// The group of the sixth probe's single-article controls.
const PROBE6_CONTROLS: &str = "probe6 controls";
/// The group of the seventh probe's single-article controls.
const PROBE7_CONTROLS: &str = "probe7 controls";
/// The group of the eighth probe's single-article controls.
const PROBE8_CONTROLS: &str = "probe8 controls";
/// The group of the ninth probe's single-article controls.
const PROBE9_CONTROLS: &str = "probe9 controls";
/// The group of the tenth probe's single-article controls.
const PROBE10_CONTROLS: &str = "probe10 controls";
/// The group of the eleventh probe's single-article controls.
const PROBE11_CONTROLS: &str = "probe11 controls";
/// The group of the twelfth probe's single-article controls.
const PROBE12_CONTROLS: &str = "probe12 controls";
/// The group of the thirteenth probe's single-article controls.
const PROBE13_CONTROLS: &str = "probe13 controls";
/// The group of the fourteenth probe's single-article controls.
const PROBE14_CONTROLS: &str = "probe14 controls";
/// The group of the fifteenth probe's single-article controls.
const PROBE15_CONTROLS: &str = "probe15 controls";
/// The group of the sixteenth probe's single-article controls.
const PROBE16_CONTROLS: &str = "probe16 controls";
/// The group of the seventeenth probe's single-article controls.
const PROBE17_CONTROLS: &str = "probe17 controls";
/// The group of the eighteenth probe's single-article controls.
const PROBE18_CONTROLS: &str = "probe18 controls";
/// The group of the nineteenth probe's single-article controls.
const PROBE19_CONTROLS: &str = "probe19 controls";
/// The group of the twentieth probe's single-article controls.
const PROBE20_CONTROLS: &str = "probe20 controls";
/// The group of the twenty-first probe's single-article controls.
const PROBE21_CONTROLS: &str = "probe21 controls";
/// The group of the twenty-second probe's single-article controls.
const PROBE22_CONTROLS: &str = "probe22 controls";
/// The group of the twenty-third probe's single-article controls.
const PROBE23_CONTROLS: &str = "probe23 controls";
/// The group of the twenty-fourth probe's single-article controls.
const PROBE24_CONTROLS: &str = "probe24 controls";
/// The group of the twenty-fifth probe's single-article controls.
const PROBE25_CONTROLS: &str = "probe25 controls";
/// The group of the twenty-seventh probe's single-article controls.
const PROBE27_CONTROLS: &str = "probe27 controls";
/// The group of the twenty-sixth probe's single-article controls.
const PROBE26_CONTROLS: &str = "probe26 controls";
/// The group of the twenty-ninth probe's single-article controls.
const PROBE29_CONTROLS: &str = "probe29 controls";
/// The group of the twenty-eighth probe's single-article controls.
const PROBE28_CONTROLS: &str = "probe28 controls";
/// The group of the thirtieth probe's single-article controls.
const PROBE30_CONTROLS: &str = "probe30 controls";
/// The group of the thirty-first probe's single-article controls.
const PROBE31_CONTROLS: &str = "probe31 controls";
/// The group of the thirty-second probe's single-article controls.
const PROBE32_CONTROLS: &str = "probe32 controls";
/// The group of the thirty-third probe's single-article controls.
const PROBE33_CONTROLS: &str = "probe33 controls";
/// The group of the thirty-fourth probe's single-article controls.
const PROBE34_CONTROLS: &str = "probe34 controls";
/// The group of the thirty-fifth probe's single-article controls.
const PROBE35_CONTROLS: &str = "probe35 controls";
/// The group of the thirty-sixth probe's single-article controls.
const PROBE36_CONTROLS: &str = "probe36 controls";
/// The group of the thirty-seventh probe's single-article controls.
const PROBE37_CONTROLS: &str = "probe37 controls";
/// The group of the thirty-eighth probe's single-article controls.
const PROBE38_CONTROLS: &str = "probe38 controls";
/// The group of the thirty-ninth probe's single-article controls.
const PROBE39_CONTROLS: &str = "probe39 controls";
/// The group of the fortieth probe's single-article controls.
const PROBE40_CONTROLS: &str = "probe40 controls";
/// The group of the forty-first probe's single-article controls.
const PROBE41_CONTROLS: &str = "probe41 controls";
/// The group of the forty-second probe's single-article controls.
const PROBE42_CONTROLS: &str = "probe42 controls";
/// The group of the forty-third probe's single-article controls.
const PROBE43_CONTROLS: &str = "probe43 controls";
/// The group of the forty-fourth probe's single-article controls.
const PROBE44_CONTROLS: &str = "probe44 controls";
/// The group of the forty-fifth probe's single-article controls.
/// The group of the sixtieth probe's single-article controls.
const PROBE60_CONTROLS: &str = "probe60 controls";
const PROBE45_CONTROLS: &str = "probe45 controls";
/// The group of the forty-sixth probe's single-article controls.
const PROBE46_CONTROLS: &str = "probe46 controls";
/// The group of the forty-seventh probe's single-article controls.
const PROBE47_CONTROLS: &str = "probe47 controls";
/// The group of the forty-eighth probe's single-article controls.
const PROBE48_CONTROLS: &str = "probe48 controls";
/// The group of the forty-ninth probe's single-article controls.
const PROBE49_CONTROLS: &str = "probe49 controls";
/// The group of the fiftieth probe's single-article controls.
const PROBE50_CONTROLS: &str = "probe50 controls";
/// The group of the fifty-first probe's single-article controls.
const PROBE51_CONTROLS: &str = "probe51 controls";
/// The group of the fifty-second probe's single-article controls.
const PROBE52_CONTROLS: &str = "probe52 controls";
/// The group of the fifty-ninth probe's single-article controls.
const PROBE59_CONTROLS: &str = "probe59 controls";
/// The group of the sixty-first probe's single-article controls.
const PROBE61_CONTROLS: &str = "probe61 controls";
/// The group of the sixty-second probe's single-article controls.
const PROBE62_CONTROLS: &str = "probe62 controls";
/// The group of the sixty-third probe's single-article controls.
const PROBE63_CONTROLS: &str = "probe63 controls";
/// The group of the sixty-fourth probe's single-article controls.
const PROBE64_CONTROLS: &str = "probe64 controls";
/// The group of the sixty-fifth probe's single-article controls.
const PROBE65_CONTROLS: &str = "probe65 controls";
/// The group of the sixty-sixth probe's single-article controls.
const PROBE66_CONTROLS: &str = "probe66 controls";
/// The group of the sixty-seventh probe's single-article controls.
const PROBE67_CONTROLS: &str = "probe67 controls";
/// The group of the sixty-eighth probe's single-article controls.
const PROBE68_CONTROLS: &str = "probe68 controls";
/// The group of the sixty-ninth probe's single-article controls.
const PROBE69_CONTROLS: &str = "probe69 controls";
/// The group of the seventieth probe's single-article controls.
const PROBE70_CONTROLS: &str = "probe70 controls";
/// The group of the seventy-first probe's single-article controls.
const PROBE71_CONTROLS: &str = "probe71 controls";
/// The group of the seventy-second probe's single-article controls.
const PROBE72_CONTROLS: &str = "probe72 controls";
/// The group of the fifty-third probe's single-article controls.
const PROBE53_CONTROLS: &str = "probe53 controls";
/// The group of the fifty-fourth probe's single-article controls.
const PROBE54_CONTROLS: &str = "probe54 controls";
/// The group of the fifty-fifth probe's single-article controls.
const PROBE55_CONTROLS: &str = "probe55 controls";
/// The group of the fifty-sixth probe's single-article controls.
const PROBE56_CONTROLS: &str = "probe56 controls";
/// The group of the fifty-seventh probe's single-article controls.
const PROBE57_CONTROLS: &str = "probe57 controls";
/// The group of the fifty-eighth probe's single-article controls.
const PROBE58_CONTROLS: &str = "probe58 controls";
/// Layouts whose head's canonical names story 1 at another address than the one the page
/// is visited at: a republished story's original on its partner's site, the article of
/// a print view, a node's path alias (visited at `/node/<nid>`), a paged article's own
/// address (visited at its "All Pages" address), an AMP cache page's origin, an
/// aggregator's copy's original, a printer-friendly page's article, a cross-post's blog,
/// the permalinks of pages visited on a mobile host, over `http`, at `index.html`, with
/// `?m=1`, `?src=feed` or the default port.
const CANONICAL_ELSEWHERE: [&str; 14] = [
    "syndicated-canonical",
    "single-print-urls",
    "drupal-node-nid",
    "single-joomla-pagebreak",
    "amp-cache-next",
    "aggregator-partner",
    "single-print-friendly",
    "single-crosspost",
    "mobile-jsonld-stream",
    "http-relnext-comments",
    "static-index-cpage",
    "blog-mobile-pager",
    "single-footnotes-toc",
    "single-glossary",
];
/// Layouts whose head names no address at all (no canonical link, no `og:url`): a
/// headless front end, a news site without an SEO plugin, and the old publishing systems
/// of the twenty-eighth probe (a FrontPage paper, a vBulletin portal, Movable Type,
/// Greymatter, a CGI story page, a LiveJournal entry), and the thirty-seventh probe's
/// mailing-list archives (Pipermail, MHonArc) and hand-built plain-HTML site, and the
/// forty-fourth and sixtieth probes' Hacker News item pages (a title only).
const HEAD_WITHOUT_ADDRESS: [&str; 13] = [
    "bn-span-headlines",
    "single-el-read-also",
    "table-hr-news",
    "vb-portal-news",
    "mt-comments-bio",
    "untitled-blog-posts",
    "single-hr-sections",
    "single-lj-comments",
    "list-archive-thread",
    "single-list-message",
    "hand-html-hr",
    "hn-text-posts",
    "hn-infinite-items",
];
/// Distinct synthetic layouts the dev set must hold.
const MIN_LAYOUTS: usize = 12;
/// Real-markup pages the dev set must hold.
const MIN_REAL_PAGES: usize = 40;

/// The dev set, built once for both tests; `None` (with a message) in a debug build, or
/// when `../shared` is absent outside CI.
fn dev_set(what: &str) -> Option<&'static DevSet> {
    if cfg!(debug_assertions) {
        println!("{what} skipped: run it in release (cargo test --release --test stories_gate)");
        return None;
    }
    let dir = corpus::shared_dir().join("corpus");
    if !dir.join("moz").is_dir() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{what}: {} not found, and CI=true",
            dir.display()
        );
        println!("{what} skipped: {} not found", dir.display());
        return None;
    }
    static SET: OnceLock<Result<DevSet, String>> = OnceLock::new();
    match SET.get_or_init(|| stories::build(&dir)) {
        Ok(set) => Some(set),
        Err(e) => panic!("{what}: building the dev set: {e}"),
    }
}

/// The group in [`FLOORS`] a case counts in.
fn group_of(case: &Case) -> String {
    if case.is_control() && case.origin == Origin::Probe6 {
        PROBE6_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe7 {
        PROBE7_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe8 {
        PROBE8_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe9 {
        PROBE9_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe10 {
        PROBE10_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe11 {
        PROBE11_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe12 {
        PROBE12_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe13 {
        PROBE13_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe14 {
        PROBE14_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe15 {
        PROBE15_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe16 {
        PROBE16_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe17 {
        PROBE17_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe18 {
        PROBE18_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe19 {
        PROBE19_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe20 {
        PROBE20_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe21 {
        PROBE21_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe22 {
        PROBE22_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe23 {
        PROBE23_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe24 {
        PROBE24_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe25 {
        PROBE25_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe27 {
        PROBE27_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe26 {
        PROBE26_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe29 {
        PROBE29_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe28 {
        PROBE28_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe30 {
        PROBE30_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe31 {
        PROBE31_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe32 {
        PROBE32_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe33 {
        PROBE33_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe34 {
        PROBE34_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe35 {
        PROBE35_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe36 {
        PROBE36_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe37 {
        PROBE37_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe38 {
        PROBE38_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe39 {
        PROBE39_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe40 {
        PROBE40_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe41 {
        PROBE41_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe42 {
        PROBE42_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe43 {
        PROBE43_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe44 {
        PROBE44_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe45 {
        PROBE45_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe46 {
        PROBE46_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe47 {
        PROBE47_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe48 {
        PROBE48_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe49 {
        PROBE49_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe50 {
        PROBE50_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe51 {
        PROBE51_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe59 {
        PROBE59_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe60 {
        PROBE60_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe61 {
        PROBE61_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe62 {
        PROBE62_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe63 {
        PROBE63_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe64 {
        PROBE64_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe65 {
        PROBE65_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe66 {
        PROBE66_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe67 {
        PROBE67_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe68 {
        PROBE68_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe69 {
        PROBE69_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe70 {
        PROBE70_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe71 {
        PROBE71_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe72 {
        PROBE72_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe52 {
        PROBE52_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe53 {
        PROBE53_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe54 {
        PROBE54_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe55 {
        PROBE55_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe56 {
        PROBE56_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe57 {
        PROBE57_CONTROLS.to_owned()
    } else if case.is_control() && case.origin == Origin::Probe58 {
        PROBE58_CONTROLS.to_owned()
    } else if case.is_control() {
        CONTROLS.to_owned()
    } else {
        format!("{} {}", case.origin.name(), case.variant.name())
    }
}

/// Whitespace runs as one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_dev_set_holds_its_stories_under_distinct_addresses() {
    let Some(set) = dev_set("stories dev set check") else {
        return;
    };
    let layouts: HashSet<&str> = set
        .cases
        .iter()
        .filter(|c| c.origin == Origin::Synthetic)
        .map(|c| c.layout)
        .collect();
    assert!(
        layouts.len() >= MIN_LAYOUTS,
        "{} synthetic layouts",
        layouts.len()
    );
    assert!(
        set.real_used >= MIN_REAL_PAGES,
        "{} real-markup pages",
        set.real_used
    );
    let mut names = HashSet::new();
    let mut page_text: Option<(*const u8, String)> = None;
    for case in &set.cases {
        let name = case.name();
        assert!(names.insert(name.clone()), "{name}: duplicate case");
        assert!(!case.gold.trim().is_empty(), "{name}: empty gold");
        let urls: HashSet<&String> = case.story_urls.iter().collect();
        assert_eq!(urls.len(), case.story_urls.len(), "{name}: shared URLs");
        assert_eq!(case.others.len() + 1, case.story_urls.len(), "{name}");
        assert!(case.story_urls.contains(&case.url), "{name}: unknown URL");
        match case.variant {
            Variant::First => assert_eq!(case.url, case.story_urls[0], "{name}"),
            Variant::Scrolled => assert_ne!(case.url, case.story_urls[0], "{name}"),
        }
        // The head names story 1 in both variants (at another address on pages that
        // say so: they still carry a canonical link).
        if CANONICAL_ELSEWHERE.contains(&case.layout) {
            assert!(
                case.html.contains("<link rel=\"canonical\" href=\""),
                "{name}: no canonical link"
            );
        } else if HEAD_WITHOUT_ADDRESS.contains(&case.layout) {
            assert!(
                !case.html.contains("rel=\"canonical\"") && !case.html.contains("og:url"),
                "{name}: an address in the head"
            );
        } else if case.origin != Origin::Real {
            // An address with a query is printed with its `&` escaped.
            let canonical = format!("<link rel=\"canonical\" href=\"{}\">", case.story_urls[0]);
            let escaped = canonical.replace('&', "&amp;");
            assert!(
                case.html.contains(&canonical) || case.html.contains(&escaped),
                "{name}: no canonical link to story 1"
            );
        }
        // Both variants share one html: parse it once.
        let key = case.html.as_ptr();
        if page_text.as_ref().map(|(k, _)| *k) != Some(key) {
            let doc = scraper::Html::parse_document(&case.html);
            page_text = Some((
                key,
                collapse(&doc.root_element().text().collect::<String>()),
            ));
        }
        let text = &page_text.as_ref().expect("parsed").1;
        // The moz gold is a reader mode's rendering of the page, not a verbatim copy: the
        // page holds most of its shingles (the share its story unit was chosen by).
        if case.origin == Origin::Real && case.variant == Variant::First {
            let gold = stories::shingle_set(&case.gold);
            let held = stories::shingle_set(text);
            let covered = gold.iter().filter(|s| held.contains(s)).count();
            assert!(
                covered as f64 >= gold.len() as f64 * stories::UNIT_COVERAGE,
                "{name}: the page holds {covered} of the story's {} shingles",
                gold.len()
            );
        } else {
            for line in case.gold.split("\n\n") {
                assert!(
                    text.contains(&collapse(line)),
                    "{name}: gold line not in the page: {line:?}"
                );
            }
        }
    }
}

#[test]
fn story_choice_stays_above_the_pinned_floors() {
    let Some(set) = dev_set("stories gate") else {
        return;
    };
    let mut tallies = [Tally::default(); FLOORS.len()];
    let mut panics = Vec::new();
    for case in &set.cases {
        let outcome = corpus::guarded(|| {
            let options = plainview::Options {
                url: Some(case.url.clone()),
                ..Default::default()
            };
            match plainview::extract(&case.html, &options) {
                Ok(article) => corpus::Outcome::Text(article.text),
                Err(e) => corpus::Outcome::Failed(e.code().to_owned()),
            }
        });
        if let corpus::Outcome::Panicked(msg) = &outcome {
            panics.push(format!("{}: {msg}", case.name()));
        }
        let score = stories::score_case(case, &outcome.into_prediction());
        let group = group_of(case);
        let group = FLOORS
            .iter()
            .position(|&(name, ..)| name == group)
            .expect("every group has a floor");
        tallies[group].add(&score);
    }
    let mut failures = panics;
    for (&(group, min_f1, max_shown), tally) in FLOORS.iter().zip(&tallies) {
        println!(
            "{group:<24} {:>4} pages  F1 {:.3} (floor {min_f1:.3})  other story on {} ({:.1}%, ceiling {:.1}%)",
            tally.pages,
            tally.f1(),
            tally.shown,
            100.0 * tally.shown_share(),
            100.0 * max_shown
        );
        if tally.f1() < min_f1 {
            failures.push(format!("{group}: F1 {:.3} below {min_f1:.3}", tally.f1()));
        }
        if tally.shown_share() > max_shown {
            failures.push(format!(
                "{group}: another story on {:.1}% of pages, above {:.1}%",
                100.0 * tally.shown_share(),
                100.0 * max_shown
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "stories gate failed:\n{}",
        failures.join("\n")
    );
}
