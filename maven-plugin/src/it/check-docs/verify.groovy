import java.security.MessageDigest

def server = System.properties.remove('it.check-docs.server')
server?.stop(0)

def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'src/main/openapi/sources/notes')
def spec = new File(basedir, 'src/main/openapi/notes.yaml').text
def sha = { String s -> MessageDigest.getInstance('SHA-256').digest(s.getBytes('UTF-8')).encodeHex().toString() }

// builds 1 and 2 reported the change, with the way forward
assert log =~ /changed: src\/main\/openapi\/notes.yaml http:\/\/127.0.0.1:\d+\/changed/
assert log.contains('vendor docs changed; read the diff in')
assert log =~ /unreachable: src\/main\/openapi\/notes.yaml http:\/\/127.0.0.1:\d+\/gone \(HTTP 404/

// build 3 accepted the new text: the snapshot holds it, the spec its digest and the day
def accepted = 'Notes API\nGET /notes\nPUT /notes/{id}\n'
assert new File(sources, '127.0.0.1-changed.txt').text == accepted
assert spec.contains('sha256: ' + sha(accepted))
assert spec.contains('# the vendor changed this one since')
assert spec.count('reviewed: 2026-01-02') == 2 : 'only the accepted page has a new review date'
assert new File(sources, '127.0.0.1-unchanged.txt').text == 'Notes API\nSend the key in the X-Key header.\nGET /notes\n'
assert new File(sources, '127.0.0.1-gone.txt').text == 'Old page\n'

// build 4 found nothing changed and wrote both reports
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handspec/docs-report.json'))
assert json.counts.unchanged == 2
assert json.counts.changed == 0
assert json.counts.unreachable == 1
assert new File(basedir, 'target/handspec/docs-report.md').text.contains('| unchanged |')

// build 5 ran offline and fetched nothing
assert log.contains('handspec: check-docs fetches the vendor pages, which an offline build does not; skipped')
return true
