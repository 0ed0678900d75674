package diag

// messagesDE is the German catalogue; placeholders as in the code table.
var messagesDE = map[Code]string{}
