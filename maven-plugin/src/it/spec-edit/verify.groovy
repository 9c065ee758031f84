def out = new File(basedir, 'target/generated-sources/handspec/it/notes')
def api = new File(out, 'api/NotesApi.java').text
assert !api.contains('deleteNote')
assert api.contains('getNote')
assert !new File(out, 'model/Tag.java').exists()
assert new File(out, 'model/Note.java').isFile()
