"""companion.content"""
