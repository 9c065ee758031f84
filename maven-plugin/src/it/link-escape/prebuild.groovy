import java.nio.file.Files
// a folder of the output that is a link leading out of it: out/it -> ../../../outside
def outside = new File(basedir, 'outside')
outside.mkdirs()
def out = new File(basedir, 'target/generated-sources/handspec')
out.mkdirs()
Files.createSymbolicLink(new File(out, 'it').toPath(), outside.toPath())
return true
