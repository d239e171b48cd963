"""Infrastructure: settings, the database and its migrations, the photo store, the leader lock.

The ground floor: it imports nothing of the inventory, the parser or the chat.
"""
