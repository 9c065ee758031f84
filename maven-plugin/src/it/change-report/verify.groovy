// build 2: the edit removes deleteNote and Tag; failOnBreaking refuses it before writing, placing each change
// (a removal at its nearest ancestor still in the file: /paths/~1notes~1{id}, whose mapping starts on line 32)
def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'src/main/openapi/notes.yaml').canonicalPath
assert log.contains('2 breaking change(s) to the spec since the previous generation, and failOnBreaking is set')
assert log.contains(spec + ':32: breaking: method NotesApi.deleteNote removed')
assert log.contains('(at /paths/~1notes~1{id}/delete)')
assert log.contains('breaking: class Tag removed')
assert log.contains('The previously generated sources were left as they were.')
// build 3, without the option: the summary in the log, the regenerated sources, the report in target/handspec
assert log.contains('[WARNING] handspec: spec changes: 2 breaking, 1 compatible')
assert log.contains('[WARNING] handspec:   ' + spec + ':32: BREAKING method NotesApi.deleteNote removed')
def api = new File(basedir, 'target/generated-sources/handspec/it/notes/api/NotesApi.java').text
assert api.contains('getNote') && !api.contains('deleteNote')
def report = new File(basedir, 'target/handspec/default-changes.md').text
assert report.contains('| method NotesApi.getNote added |')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/handspec/default-changes.json'))
assert json.breaking == 2
assert json.changes.find { it.kind == 'OPERATION_REMOVED' }.line == 32
// the copy of the spec kept for the next comparison is the edited one
assert new File(basedir, 'target/handspec/default.state.specs/notes.yaml').text.contains('getNote')
return true
