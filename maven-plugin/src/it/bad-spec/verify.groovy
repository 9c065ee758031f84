def log = new File(basedir, 'build.log').text
assert log.contains("notes.yaml:24:28: \$ref '#/components/schemas/Nope' points at nothing in this file")
assert log.contains('(at /paths/~1notes/post/requestBody/content/application~1json/schema/$ref)'.replace('$', '\$'))
assert log.contains('The previously generated sources were left as they were.')
// the sources of the first, good build are still there
assert new File(basedir, 'target/generated-sources/handspec/it/notes/api/NotesApi.java').text.contains('createNote')
