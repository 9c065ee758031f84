assert new File(basedir, 'a/target/classes/it/a/NotesClient.class').isFile()
assert new File(basedir, 'b/target/classes/it/b/NotesClient.class').isFile()
