def log = new File(basedir, 'build.log').text
assert log.contains('handspec: generated')
assert new File(basedir, 'target/generated-sources/handspec/it/notes/NotesClient.java').isFile()
assert new File(basedir, 'target/generated-sources/handspec/it/notes/api/NotesApi.java').isFile()
assert log.contains('Tests run: 1, Failures: 0')
