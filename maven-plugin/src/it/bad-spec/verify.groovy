def log = new File(basedir, 'build.log').text
assert log.contains("notes.yaml:24:28: \$ref '#/components/schemas/Nope' points at nothing in this file")
assert log.contains('(at /paths/~1notes/post/requestBody/content/application~1json/schema/$ref)'.replace('$', '\$'))
assert log.contains('The previously generated sources were left as they were.')
// the sources of the first, good build are still there
assert new File(basedir, 'target/generated-sources/handspec/it/notes/api/NotesApi.java').text.contains('createNote')
// and nothing else changed: no staging left, every listed file has the content the list records
def out = new File(basedir, 'target/generated-sources/handspec')
assert !new File(out, '.handspec-tx').exists()
def listed = new File(out, '.handspec-files').readLines().findAll { !it.startsWith('#') && it }
assert listed.size() == 3
listed.each { line ->
    def (digest, path) = line.split(' ', 2)
    assert java.security.MessageDigest.getInstance('SHA-256').digest(new File(out, path).bytes).encodeHex().toString() == digest
}
return true
