def log = new File(basedir, 'build.log').text
assert log.contains('handspec: generated 3 files')
assert log.contains('Mine.java: no longer generated, but left in place')
def out = new File(basedir, 'target/generated-sources/handspec')
assert new File(basedir, 'precious.txt').text == 'keep me'
assert new File(basedir, 'outside/secret.txt').text == 'secret'
assert new File(out, 'it/notes/Mine.java').text == 'user file'
assert new File(out, 'it/notes/Listed.java').text == 'listed without digest'
assert new File(out, 'it/notes/NotesClient.java').isFile()
// the new list names only what this run wrote
assert !new File(out, '.handspec-files').text.contains('precious')
return true
