#!/usr/bin/env python3
"""Error taxonomy: sort the pages plainview gets wrong by page kind and failure.

    python3 scripts/taxonomy.py PRED_DIR [--shared ../shared] [--list]

PRED_DIR is a `cargo bench --bench quality -- --out PRED_DIR` directory. Pages looked at:
traf-dev with any snippet wrong, dragnet-train with page F1 < 0.7, moz with F1 < 0.95.
Needs lxml. Labels are automatic (URL, JSON-LD, the class/id/tag words around each wrong text in
the DOM, the wrong text itself): a first sort, to be spot-checked by hand.
"""
import argparse, collections, json, re, sys
from pathlib import Path
import lxml.html
ap = argparse.ArgumentParser(); ap.add_argument('pred'); ap.add_argument('--shared', default='../shared')
ap.add_argument('--list', action='store_true', help='print every page with its labels')
ARGS = ap.parse_args()
SH = Path(ARGS.shared) / 'corpus'; PRED = Path(ARGS.pred)
sys.dont_write_bytecode = True  # never write a cache beside ../shared's scorer
sys.path.insert(0, str(Path(ARGS.shared) / 'eval')); import score as S

def norm(s): return re.sub(r"\s+", " ", s or "").strip()

def load(c):
    out = {}
    for jp in sorted((SH/c).glob('*.json')):
        if jp.name.startswith('_') or not jp.with_suffix('.html').exists(): continue
        it = json.loads(jp.read_text()); pid = jp.stem
        pr = PRED/c/f'{pid}.txt'
        out[pid] = (it, pr.read_text() if pr.exists() else '')
    return out

# boilerplate kind by class/id/tag words of the ancestors, innermost first
BOILER = [
 ('cookie/consent', r'cookie|consent|gdpr|privacy'),
 ('comments', r'comment|disqus|respond|reply|replies|discussion'),
 ('newsletter/donation/promo', r'newsletter|subscri|signup|sign-up|donat|support-us|membership|promo|cta|paywall|optin|opt-in'),
 ('author bio', r'author|bio\b|byline|profile|about-?the'),
 ('share/social', r'share|social|sharing|follow'),
 ('related teasers', r'related|teaser|recommend|popular|trending|read-?next|more-?(stories|articles|from)|outbrain|taboola|also|latest|most-?read|you-may|further'),
 ('tags/meta', r'\btags?\b|categor|post-?meta|entry-?meta|breadcrumb'),
 ('ads', r'\bads?\b|advert|sponsor|banner'),
 ('navigation', r'\bnav|menu|header|masthead|toolbar|pagination|pager'),
 ('sidebar/widget', r'sidebar|widget|aside|rail|secondary'),
 ('footer', r'footer|colophon|copyright|legal|disclaimer'),
]
TAGKIND = {'nav':'navigation','footer':'footer','aside':'sidebar/widget','header':'navigation','form':'form','figcaption':'caption/credit'}

_cache = {}
def etext(el):
    k = el
    if k not in _cache:
        parts = [el.text or '']
        for ch in el:
            if isinstance(ch.tag, str): parts.append(etext(ch))
            parts.append(ch.tail or '')
        _cache[k] = norm(''.join(parts))
    return _cache[k]

def locate(root, snip):
    """deepest element whose normalised text contains snip"""
    if root is None or snip not in etext(root): return None
    el = root
    while True:
        for ch in el:
            if isinstance(ch.tag, str) and snip in etext(ch):
                el = ch; break
        else: return el

def words(el):
    out = []
    while el is not None and isinstance(el.tag, str):
        out.append((el.tag, (el.get('class') or '') + ' ' + (el.get('id') or '') + ' ' + (el.get('role') or '')))
        el = el.getparent()
    return out

def boiler_kind(el, text=''):
    for tag, w in words(el):
        w = w.lower()
        if tag in ('body','html'): break
        for k, rx in BOILER:
            if re.search(rx, w): return k
        if tag in TAGKIND: return TAGKIND[tag]
    anc = [t for t, _ in words(el)]
    if 'figure' in anc[:4]: return 'caption/credit'
    t = text.lower()
    if re.search(r'©|\bafp\b|istock|getty|\bdpa\b|reuters|foto:|bild:|photo:|abbildung|^quelle|/ [a-z]+$', t): return 'caption/credit (by text)'
    if 'a' in anc[:3] or (anc[0] in ('h2','h3','h4','h5','h6') and el.find('.//a') is not None): return 'related teasers'
    if re.search(r'kategorie|category|tags?:|schlagw|permali|^\d\d?:\d\d$|^pdf$', t): return 'tags/meta (by text)'
    if re.search(r'meinung des|sofern nicht|dieser text|veröffentlicht|entspricht den|rights reserved', t): return 'footer/disclaimer (by text)'
    if re.search(r'kontakt|ansprechpartner|contact', t): return 'contact box (by text)'
    for k, rx in [('cookie/consent', r'cookie|datenschutz|privacy'), ('newsletter/donation/promo', r'newsletter|subscribe|abonn|donat|spende|exklusiv|informed|\bapp\b|seminar'),
                  ('comments', r'comment|kommentar'), ('footer', r'©|copyright|all rights'), ('share/social', r'share|teilen|facebook|twitter')]:
        if re.search(rx, t): return k + ' (by text)'
    return 'unmarked block'

PART = [('heading', {'h1','h2','h3','h4','h5','h6'}), ('caption', {'figcaption','caption'}), ('table', {'table','td','th','tr'}),
        ('list', {'li','ul','ol','dl','dd','dt'}), ('quote', {'blockquote','q'}), ('code', {'pre','code'})]
def part_kind(el):
    ws_all = ' '.join(w for t, w in words(el) if t not in ('body', 'html')).lower()
    if re.search(r'comment|disqus|respond|\breply|replies', ws_all): return 'comments'
    tags = [t for t, _ in words(el)]
    for k, s in PART:
        if any(t in s for t in tags[:6]): return k
    ws = ' '.join(w for _, w in words(el)[:8]).lower()
    if re.search(r'caption|credit', ws): return 'caption'
    if re.search(r'lede|lead|intro|teaser|summary|standfirst|excerpt|dek|subtitle|subhead', ws): return 'lede/standfirst'
    return 'paragraph'

def jsonld_types(html):
    ts = set()
    for m in re.finditer(r'<script[^>]+ld\+json[^>]*>(.*?)</script>', html, re.S|re.I):
        ts.update(re.findall(r'"@type"\s*:\s*"([^"]+)"', m.group(1)))
    return ts

def page_kind(url, title, html, root):
    own = bool(url)  # a canonical or og:url may name the home page: no evidence of a home page
    if not url and root is not None:
        c = root.xpath('//link[@rel="canonical"]/@href') + root.xpath('//meta[@property="og:url"]/@content')
        url = c[0] if c else ''
    u = (url or '').lower(); t = (title or '').lower(); ts = {x.lower() for x in jsonld_types(html)}
    ogt = ' '.join(root.xpath('//meta[@property="og:type"]/@content')).lower() if root is not None else ''
    path = re.sub(r'^[a-z]+://[^/]+', '', u).split('?')[0]
    if root is not None and len(html) > 30000 and len(norm(root.text_content())) < 1500: return 'script-rendered (text in JSON)'
    if ts & {'qapage','discussionforumposting','question'} or re.search(r'forum|thread|viewtopic|showtopic|/t/|/questions?/|foren', path): return 'forum/Q&A thread'
    if 'recipe' in ts or re.search(r'rezept|recipe|recette|receta', u+t): return 'recipe'
    if ts & {'product','offer','aggregateoffer'} or 'product' in ogt or re.search(r'/(product|produkt|shop|p|item|dp)/|\.html?-p-|artikel-?nr', u): return 'product page'
    if ts & {'imagegallery','videoobject'} and not ts & {'newsarticle','article','blogposting','reportagenewsarticle'} or re.search(r'galer|gallery|/video|/photos?/|bilder|fotos', u): return 'gallery/video page'
    if (own and re.fullmatch(r'/?(index\.\w+)?', path)) or re.search(r'/(tag|tags|category|categories|kategorie|thema|topics?|page|archive|author)/', path) or ts & {'collectionpage','itemlist'} and not ts & {'newsarticle','article','blogposting'}: return 'home/listing/landing'
    if re.search(r'/docs?/|documentation|/manual|/wiki/|readme|/faq|/help', u): return 'documentation/reference'
    if re.search(r'/(about|impressum|kontakt|contact|jobs|karriere|careers|pricing|features|services|leistungen|solutions|advertis)', path): return 'home/listing/landing'
    return 'article or other prose page'

def parse(html):
    _cache.clear()
    try:
        root = lxml.html.fromstring(html)
        for bad in root.xpath('//script|//style|//noscript|//template'):
            bad.drop_tree()
        return root
    except Exception: return None

def top(counter):
    return counter.most_common(1)[0][0] if counter else None

def snippet_pages(c='traf-dev'):
    rows = []
    for pid, (it, pred) in load(c).items():
        tp, fp, fn, tn = S.snippet_counts(it, pred)
        if not fp and not fn: continue
        html = (SH/c/f'{pid}.html').read_text(errors='replace')
        root = parse(html); body = root.find('body') if root is not None else None
        body = body if body is not None else root
        pn = norm(pred); det = []
        raw = norm(lxml.html.fromstring(html).text_content()) if html.strip() else ''
        for w in it.get('with', []):
            w = norm(w)
            if w in pn: continue
            el = locate(body, w)
            if el is None: det.append(('miss', 'not in visible HTML (script/JSON)' if w in raw or w in html else 'not in HTML', w))
            else: det.append(('miss', part_kind(el), w))
        for w in it.get('without', []):
            w = norm(w)
            if w not in pn: continue
            el = locate(body, w)
            k = boiler_kind(el, w) if el is not None else 'not in visible HTML'
            if k == 'unmarked block':  # no clue in the markup: say where it sits in the output
                at = pn.find(w) / len(pn)
                k += ' at the end' if at >= 0.85 else ' at the start' if at <= 0.05 else ' inside'
            det.append(('kept', k, w))
        if not pn: fail = 'nothing found'
        elif tp == 0: fail = 'wrong block'
        elif fn and not fp: fail = 'missed: ' + top(collections.Counter(k for s, k, _ in det if s == 'miss'))
        elif fp and not fn: fail = 'kept: ' + top(collections.Counter(k for s, k, _ in det if s == 'kept'))
        else: fail = 'kept: ' + top(collections.Counter(k for s, k, _ in det if s == 'kept')) + ' + missed'
        title = it.get('title') or (root.findtext('.//title') if root is not None else '')
        rows.append(dict(id=pid, url=it.get('url'), title=norm(title)[:70], kind=page_kind(it.get('url'), title, html, root),
                         fail=fail, det=det, counts=(tp, fp, fn, tn)))
    return rows

def text_pages(c, thr):
    rows = []
    for pid, (it, pred) in load(c).items():
        gold = it.get('text') or ''
        gt, pt = S.tokens(gold), S.tokens(pred)
        cc = S.shingle_counts(gt, pt); P, R = S.page_precision(*cc), S.page_recall(*cc)
        f = S.hmean(P, R) if (cc[0]+cc[1] > 0 or cc[2] > 0) else 1.0
        if f >= thr: continue
        html = (SH/c/f'{pid}.html').read_text(errors='replace')
        root = parse(html); body = root.find('body') if root is not None else None
        body = body if body is not None else root
        gsh, psh = S.shingles(gt), S.shingles(pt)
        extra, miss = collections.Counter(), collections.Counter()
        for line in pred.split('\n'):
            lt = S.tokens(line)
            if len(lt) < 4: continue
            sh = S.shingles(lt); bad = sum(1 for s in sh if s not in gsh)
            if bad > len(sh) / 2:
                el = locate(body, norm(line)[:80])
                extra[boiler_kind(el, line) if el is not None else 'not located'] += len(lt)
        for line in re.split(r'\n', gold):
            lt = S.tokens(line)
            if not lt: continue
            sh = S.shingles(lt); bad = sum(1 for s in sh if s not in psh)
            if bad > len(sh) / 2:
                el = locate(body, norm(line)[:80])
                miss[part_kind(el) if el is not None else 'not located'] += len(lt)
        title = norm(root.findtext('.//title') if root is not None else '') or it.get('title') or ''
        short = sum(len(x) == 1 for x in gt) > 0.5 * max(1, len(gt))
        if short: fail = 'gold problem (mis-decoded)'
        elif len(html) < 1000: fail = 'gold problem (error page)'
        elif not pt: fail = 'nothing found'
        elif P < 0.5 and R < 0.5: fail = 'wrong block: ' + (top(extra) or '?')
        elif 1 - P >= 1 - R: fail = 'kept: ' + (top(extra) or 'short or repeated lines')
        else: fail = 'missed: ' + (top(miss) or '?')
        rows.append(dict(id=pid, url=it.get('url'), title=title[:70], kind=page_kind(it.get('url'), title, html, root),
                         fail=fail, P=P, R=R, F=f, extra=extra, miss=miss, gtok=len(gt), ptok=len(pt)))
    return rows

# the README's rows: a label's group, by the label's first words
GROUPS = [('kept: navigation', 'kept: navigation, breadcrumb, tag and date lines'), ('kept: tags/meta', 'kept: navigation, breadcrumb, tag and date lines'),
          ('kept: form', 'kept: navigation, breadcrumb, tag and date lines'), ('kept: unmarked block at the end', 'kept: no class/id clue, after the prose'),
          ('kept: unmarked', 'kept: no class/id clue, before/inside (traf-dev) or anywhere'), ('kept: caption', 'kept: photo caption or credit'),
          ('kept: related', 'kept: related teasers, sidebar'), ('kept: sidebar', 'kept: related teasers, sidebar'), ('kept: comments', 'kept: reader comments'),
          ('kept: short or repeated', 'kept: short or repeated lines'), ('kept:', 'kept: footer, disclaimer, author bio, contact, newsletter, cookie, share, other'),
          ('missed: paragraph', 'missed: body paragraphs'), ('missed: comments', 'missed: reader comments'), ('missed: not', 'missed: text only in JSON/meta, or not found'),
          ('missed:', 'missed: heading, standfirst, table, list or caption'), ('wrong block', 'wrong block'), ('', 'nothing found / gold unusable')]

def group(label):
    return next(g for prefix, g in GROUPS if label.startswith(prefix))

res = {'traf-dev': snippet_pages(), 'dragnet-train': text_pages('dragnet-train', 0.7), 'moz': text_pages('moz', 0.95)}
for c, rows in res.items():
    print(f'{c}: {len(rows)} pages;', dict(collections.Counter(r['kind'] for r in rows).most_common()))
counts = collections.defaultdict(collections.Counter)  # group -> column -> count
for r in res['traf-dev']:
    seen = set()
    for side, k, _ in r['det']:
        g = group(('kept: ' if side == 'kept' else 'missed: ') + k)
        counts[g]['traf-dev snippets'] += 1; seen.add(g)
    for g in seen: counts[g]['traf-dev pages'] += 1
    if r['fail'] == 'wrong block': counts['wrong block']['traf-dev pages'] += 1
for c in ('dragnet-train', 'moz'):
    for r in res[c]: counts[group(r['fail'])][c] += 1
print('\n| failure | traf-dev snippets (pages) | dragnet-train pages | moz pages |\n|---|---|---|---|')
for g in dict.fromkeys(g for _, g in GROUPS):
    n = counts.get(g)
    if n:
        td = f"{n['traf-dev snippets']} ({n['traf-dev pages']})" if n['traf-dev snippets'] else f"({n['traf-dev pages']} pages)" if n['traf-dev pages'] else ''
        print(f"| {g} | {td} | {n['dragnet-train'] or ''} | {n['moz'] or ''} |")
if ARGS.list:
    for c, rows in res.items():
        for r in sorted(rows, key=lambda r: (r['fail'], r['id'])):
            print(' ', c, r['id'], '|', r['fail'], '|', r['kind'], '|', r['url'] or '', '|', r['title'])
            for s_, k, w in r.get('det', []): print('     ', s_, k, '::', w[:70])
