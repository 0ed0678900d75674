package diag

// messagesRU is the Russian catalogue; placeholders as in the code table.
var messagesRU = map[Code]string{}
