"""looks.updated_at: when a look last changed, so a lookbook edited in place is seen as changed

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 23:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('looks') as batch:
        batch.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False,
                                   server_default=sa.func.now()))


def downgrade() -> None:
    with op.batch_alter_table('looks') as batch:
        batch.drop_column('updated_at')
