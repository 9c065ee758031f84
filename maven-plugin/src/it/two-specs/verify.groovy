def out = new File(basedir, 'target/generated-sources/handspec')
assert new File(out, 'it/notes/NotesClient.java').isFile()
assert new File(out, 'it/todo/TodoClient.java').isFile()
assert new File(basedir, 'build.log').text.contains('Tests run: 1, Failures: 0')
