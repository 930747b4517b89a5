#!/usr/bin/env python3
# Writes the hostile inputs of issue 14 as fuzz seeds and regression inputs, in small sizes (each under 100 KB):
# tests/fuzz/regressions/<target>/<name>. fuzz_import takes its extension from the first byte (an index into
# DocumentReader::supportedExtensions). The replay test (ctest fuzz_regressions) runs every file here.
import json, os, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
EXTS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'xml', 'rss', 'atom', 'pdf', 'json', 'csv']

def put(target, name, data):
    os.makedirs(os.path.join(HERE, target), exist_ok=True)
    with open(os.path.join(HERE, target, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

def shared_stream_pdf(pages, spaces):
    body = b' ' * spaces + b'\nBT /F1 12 Tf 72 712 Td (Rare earth prices rose on 3 May 2024.) Tj ET\n'
    packed = zlib.compress(body, 9)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % (5 + i) for i in range(pages)), pages)).encode(),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(packed) + packed + b'\nendstream']
    objs += [b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'] * pages
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)

def stix(reports, quotes):
    def base(t, i):
        return {'type': t, 'spec_version': '2.1', 'id': i, 'created': '2024-01-01T00:00:00Z', 'modified': '2024-01-01T00:00:00Z'}
    objs = []
    ev = 'x-lodestone-event--00000000-0000-4000-8000-00000000ffff'
    for i in range(reports):
        rid = 'report--%08x-0000-4000-8000-000000000000' % i
        r = base('report', rid)
        r.update(name='Bulletin %d' % i, published='2024-01-02T00:00:00Z', description='Bulletin %d on magnet supply.' % i,
                 object_refs=[ev if quotes and i == 0 else rid])
        n = base('note', 'note--%08x-0000-4000-8000-000000000000' % i)
        n.update(content='Remark %d on bulletin %d.' % (i, i), object_refs=[rid])
        objs += [r, n]
    if quotes:
        e = base('x-lodestone-event', ev)
        e['evidence'] = [{'quote': 'Quote %d about gallium exports.' % (k % (quotes // 2 + 1))} for k in range(quotes)]
        objs.append(e)
    return json.dumps({'type': 'bundle', 'id': 'bundle--00000000-0000-4000-8000-000000000000', 'objects': objs})

def dates(n):
    return ''.join('On %d March 2024 and 2024-03-%02d, ' % (i % 28 + 1, i % 28 + 1) for i in range(n)) + '.\n'

cases = {
    'shared-stream.pdf': ('pdf', shared_stream_pdf(30, 1 << 20), ['fuzz_pdf']),
    'self-closing-divs.html': ('html', '<body><p>Gallium &amp; germanium.</p>' + '<div/>' * 6000, ['fuzz_html']),
    'one-line.html': ('html', '<html><body><p>' + ' '.join(['Baogang Group raised prices on 3 May 2024.'] * 1500) + '</p></body></html>', ['fuzz_html']),
    'stix-notes.json': ('json', stix(140, 0), ['fuzz_list']),
    'stix-quotes.json': ('json', stix(1, 2000), ['fuzz_list']),
    'rows.csv': ('csv', 'title,text\n' + ''.join('R%d,"Row %d, about gallium"\n' % (i, i) for i in range(2500)), ['fuzz_list']),
    'nul-escape.json': ('json', '[{"title":"T\\u0000itle","text":"Before\\u0000after \\u001b[31mred"}]', ['fuzz_list']),
    'deep.json': ('json', '[' * 5000 + ']' * 5000, ['fuzz_list']),
    'dates.txt': ('txt', dates(1200), ['fuzz_date', 'fuzz_text']),
    'undated-paragraph.txt': ('txt', 'On 3 May 2024 Baogang Group raised its prices.' + ' Baogang Group raised its prices again.' * 1500 + '\n', ['fuzz_extract', 'fuzz_text']),
    'dated-sentences.txt': ('txt', 'Price notes\n\n' + ''.join('Baogang Group raised its rare earth prices on %d %s %d. ' % (i % 28 + 1, ['January', 'March', 'May', 'July'][i % 4], 1990 + i // 112) for i in range(1000)), ['fuzz_extract', 'fuzz_text']),
    'subject-repeated.txt': ('txt', 'On 3 May 2024 Baogang Group raised prices' + ' with Baogang Group' * 3000 + '.\n', ['fuzz_extract']),
    'late-nul.txt': ('txt', b'Baogang Group raised prices on 1 May 2024. ' * 200 + b'\x00 Hidden text after a NUL.\x1b[2J\x07\n', ['fuzz_text', 'fuzz_decode']),
    'script-style.md': ('md', '# Title &amp; more\n\n<script>\nalert(1)\n</script>\n\n<style>p{}</style>Baogang &amp; China Mobile signed on 1 May 2024.\n' + '<script>' * 2000, ['fuzz_text']),
}
for name, (ext, data, targets) in cases.items():
    raw = data if isinstance(data, bytes) else data.encode('utf-8')
    put('fuzz_import', name, bytes([EXTS.index(ext)]) + raw)
    for t in targets:
        put(t, name, raw)
