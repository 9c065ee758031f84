def note = new File(basedir, 'target/generated-sources/handspec/it/notes/model/Note.java').text
assert note.startsWith('// edited template')
assert new File(basedir, 'build.log').text.contains('handspec: generated')
