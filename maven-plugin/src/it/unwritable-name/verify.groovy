import java.security.MessageDigest
// the second build adds a schema whose file (Aux.java) Windows cannot hold: refused before any write
def log = new File(basedir, 'build.log').text
assert log.contains("'it/notes/model/Aux.java'")
assert log.contains('device name on Windows')
assert log.contains('The previously generated sources were left as they were.')
def out = new File(basedir, 'target/generated-sources/handspec')
assert !new File(out, 'it/notes/model/Aux.java').exists()
assert !new File(out, 'it/notes/model/Note.java').text.contains('aux')
assert !new File(out, '.handspec-tx').exists()
// every file of the first build is there with the content its list records
def lines = new File(out, '.handspec-files').readLines().findAll { !it.startsWith('#') && it }
assert lines.size() == 3
lines.each { line ->
    def (digest, path) = line.split(' ', 2)
    assert MessageDigest.getInstance('SHA-256').digest(new File(out, path).bytes).encodeHex().toString() == digest
}
return true
